package dev.retort.graph.draw;

import java.util.Optional;

/**
 * One line of the lane picture: the lane characters, and the revision when it is the revision's
 * own line (else it only connects lines above to lines below).
 *
 * @param lanes the lane characters, trailing blanks removed
 * @param revision the revision drawn on this line, if any
 */
public record LaneRow(String lanes, Optional<DrawnRevision> revision) {}
