import { z } from 'zod';

/**
 * A channel pairs its input schema (checked in main before any service runs) with
 * its result type (a phantom, for the compiler only). Each area lists its channels
 * with this; electron/shared/contract.ts gathers the areas.
 */
export const channel =
  <Result>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result });

export const noInput = z.undefined();
