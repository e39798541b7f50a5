/**
 * Callbacks: SQL files ({@code <script_location>/callbacks/before-upgrade.sql}, ...) and Java handlers
 * run at fixed points of an upgrade or downgrade, on the run's connection while the migration lock is
 * held.
 */
package dev.retort.run.callback;
