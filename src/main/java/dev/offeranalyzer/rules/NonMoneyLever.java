package dev.offeranalyzer.rules;

/** A lever that is not a dollar amount (start date, level, work mode, relocation, refreshers). */
public record NonMoneyLever(String lever, String advice) {}
