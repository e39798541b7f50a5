/**
 * Configuration: {@link dev.retort.config.RetortConfig} and {@link dev.retort.config.ConfigLoader}
 * (flag &gt; environment &gt; file &gt; default, with the source of every value).
 */
package dev.retort.config;
