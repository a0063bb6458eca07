package org.carepath.deployment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a carepath bean whose methods the models may call in expressions ({@code
 * ${iscanCalendar.meetingDay(sector)}}). Delegates and listeners are exposed without it; every other
 * bean of the application stays out of reach of a deployed model ({@link ModelBeans}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ForModels {}
