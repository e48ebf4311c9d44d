import { z } from 'zod';

/**
 * A receiver's address as omskit may keep it: the administrative divisions in the clear (with
 * GB/T 2260 codes where known), and personal data only as the platform's masked text plus
 * opaque tokens. Decrypted names, phones or street addresses never enter this schema.
 */
export const addressSchema = z.object({
  /** ISO 3166-1 alpha-2 country, `CN` for the platforms in scope. */
  country: z.string().length(2).default('CN'),
  /** Province name as the platform sent it (`广东省`). */
  province: z.string(),
  /** GB/T 2260 code of the province (`440000`), when it normalised. */
  provinceCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  /** City name; for directly administered counties the platform may leave it empty. */
  city: z.string(),
  /** GB/T 2260 city code when known. */
  cityCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  /** District or county name. */
  district: z.string(),
  /** GB/T 2260 district code when known. */
  districtCode: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  /** Town or street (乡镇/街道), when given. */
  town: z.string().optional(),
  /** The street address as the platform masked it (`科技园南路**号`). */
  detailMasked: z.string().optional(),
  /** The receiver's name as masked by the platform (`张*`). */
  nameMasked: z.string().optional(),
  /** The receiver's phone as masked by the platform (`138****0000`). */
  phoneMasked: z.string().optional(),
  /** Postal code, when given. */
  postalCode: z.string().optional(),
  /**
   * Opaque platform tokens for the receiver: Taobao `oaid`, ciphertexts of name, phone and
   * address. They are what merge checks and waybill decryption use; they are not PII in the clear.
   */
  tokens: z
    .object({
      oaid: z.string().optional(),
      encryptedName: z.string().optional(),
      encryptedPhone: z.string().optional(),
      encryptedDetail: z.string().optional(),
    })
    .default({}),
});

/** A receiver address (masked PII plus tokens). */
export type Address = z.infer<typeof addressSchema>;
