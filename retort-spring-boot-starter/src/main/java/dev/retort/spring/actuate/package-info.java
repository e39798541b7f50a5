/**
 * Retort in Spring Boot Actuator: the {@code retort} endpoint and health indicator. Everything here
 * is used only when Actuator is on the class path.
 */
package dev.retort.spring.actuate;
