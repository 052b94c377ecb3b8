import { z } from 'zod';

/** Credits and money travel as decimal strings, never as JSON numbers. */
export const DecimalString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'must be a decimal number written as a string, like "12.5"')
  .meta({ id: 'DecimalString', example: '1250.000' });

export const Id = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'may contain only letters, digits, ".", "_", ":" and "-"');

export const ErrorEnvelope = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'insufficient_credits' }),
      message: z.string().meta({ example: 'The balance of 2.000 cannot cover 5.000 credits.' }),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;
