/**
 * Retort's Spring Boot starter: migrates the application's database at start-up, before the beans
 * that use it, from {@code retort.*} properties; explains a failed start-up in Spring Boot's
 * failure report. It uses Retort's public API ({@code dev.retort.api}) only.
 */
package dev.retort.spring;
