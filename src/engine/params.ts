/**
 * Named parameters: every reading and convention the rules had to choose is a value in the rule set's
 * `parameters` section, and a rule attribute may hold `{ param: "name" }` instead of a literal.
 * Binding (src/engine/bind.ts) replaces each reference by its value and validates it where it is used.
 */
import { z } from "zod";

export interface ParamRef {
  param: string;
}

/** A number, or a reference to a numeric parameter. */
export type NumP = number | ParamRef;
/** One of a few words, or a reference to a parameter holding one of them. */
export type ChoiceP<T extends string> = T | ParamRef;

export const paramRefSchema = z.strictObject({ param: z.string().min(1) });

export const numP = z.union([z.number(), paramRefSchema]);

export function choiceP<const T extends readonly [string, ...string[]]>(options: T) {
  return z.union([z.enum(options), paramRefSchema]);
}

export function isParamRef(x: unknown): x is ParamRef {
  return typeof x === "object" && x !== null && "param" in x && Object.keys(x).length === 1;
}

/** The value of a bound attribute (binding has replaced every reference). */
export function num(x: NumP): number {
  if (typeof x !== "number") throw new UnboundParameterError(x.param);
  return x;
}

export function choice<T extends string>(x: ChoiceP<T>): T {
  if (typeof x !== "string") throw new UnboundParameterError(x.param);
  return x;
}

/** Misuse: evaluating a rule tree that was not bound to its parameters. */
export class UnboundParameterError extends Error {
  constructor(readonly param: string) {
    super(`parameter "${param}" was not bound; pass the rule set through parseRuleSet first`);
    this.name = "UnboundParameterError";
  }
}
