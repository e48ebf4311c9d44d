import type { ParcelDimensions, ShipmentRequest, WaybillParty } from '@omskit/core';
import { invalidInput, normalizeProvince } from '@omskit/core';

/** Volume of a parcel in cm³, 0 when a side is unknown. */
export function parcelVolumeCm3(parcel: ParcelDimensions): number {
  const { lengthCm, widthCm, heightCm } = parcel;
  if (lengthCm === undefined || widthCm === undefined || heightCm === undefined) return 0;
  return lengthCm * widthCm * heightCm;
}

/** Total actual weight of a shipment's parcels in grams. */
export function totalWeightGrams(request: ShipmentRequest): number {
  return request.parcels.reduce((sum, parcel) => sum + parcel.weightGrams, 0);
}

/** Total volume of a shipment's parcels in cm³. */
export function totalVolumeCm3(request: ShipmentRequest): number {
  return request.parcels.reduce((sum, parcel) => sum + parcelVolumeCm3(parcel), 0);
}

/** Grams as kilograms with at most three decimals, as carriers' weight fields want. */
export function gramsToKg(grams: number): number {
  return Math.round(grams) / 1000;
}

/** Fen as a yuan decimal string (`1234` -> `12.34`). */
export function fenToYuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * The GB/T 2260 province code of a party: its `provinceCode`, else its province name normalised.
 *
 * @throws OmsError `invalid_input` naming the party's province when neither gives a province.
 */
export function provinceCodeOf(party: WaybillParty, path: readonly (string | number)[]): string {
  if (party.provinceCode !== undefined && /^\d{6}$/.test(party.provinceCode)) return party.provinceCode;
  const match = normalizeProvince(party.province);
  if (!match.ok) throw invalidInput([...path, 'province'], `not a province (${match.reason})`);
  return match.code;
}

/** Checks the parts of a shipment request every carrier needs: a reference and at least one parcel. */
export function checkShipmentRequest(request: ShipmentRequest): void {
  if (typeof request.reference !== 'string' || request.reference === '') {
    throw invalidInput(['reference'], 'required, a non-empty string');
  }
  if (!Array.isArray(request.parcels) || request.parcels.length === 0) {
    throw invalidInput(['parcels'], 'at least one parcel');
  }
  request.parcels.forEach((parcel, index) => {
    if (!(Number.isFinite(parcel.weightGrams) && parcel.weightGrams > 0)) {
      throw invalidInput(['parcels', index, 'weightGrams'], 'a positive number of grams');
    }
  });
}
