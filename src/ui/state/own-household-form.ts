/**
 * The own-household form as typed, and its one parser. The form lives only in the page's memory:
 * it is never written to storage, the scenario document or the link.
 */
import type { OwnHousehold } from '../../compute/model-api';
import type { Result } from '../../shared/result';

/** The form's fields, as the user typed them. */
export interface OwnHouseholdForm {
  /** City index (CITIES order), as the select's value. */
  readonly city: string;
  readonly area: 'urban' | 'rural';
  readonly members: string;
  readonly pensioners: string;
  readonly wage: string;
  readonly business: string;
  readonly property: string;
  readonly transfers: string;
}

export type OwnHouseholdField = keyof OwnHouseholdForm;

/** Why a field was refused (the page words each reason in both languages). */
export type FieldProblem = 'required' | 'notNumber' | 'negative' | 'tooLarge' | 'notWhole' | 'membersRange' | 'pensionersRange';

export interface FieldError {
  readonly field: OwnHouseholdField;
  readonly problem: FieldProblem;
}

/** The largest household income from one source the form takes (yuan a year): ten million. */
export const MAX_SOURCE_INCOME = 10_000_000;
/** Household members the form takes. */
export const MAX_MEMBERS = 10;
export const INCOME_FIELDS = ['wage', 'business', 'property', 'transfers'] as const;

/** The form as it first shows: a three-person urban household in Hangzhou with no incomes typed yet. */
export const EMPTY_FORM: OwnHouseholdForm = { city: '0', area: 'urban', members: '3', pensioners: '0', wage: '', business: '', property: '', transfers: '' };

/**
 * Reads a number as people type it: digits with an optional decimal point, thousands separators
 * (",", "，", spaces) allowed; full-width digits are read as digits.
 */
function readNumber(text: string): number | undefined {
  const plain = text
    .normalize('NFKC')
    .trim()
    .replace(/[,\s，]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(plain)) return undefined;
  return Number(plain);
}

function incomeOf(field: OwnHouseholdField, text: string, errors: FieldError[]): number {
  // An empty income field means none of that income.
  if (text.trim() === '') return 0;
  const value = readNumber(text);
  if (value === undefined) errors.push({ field, problem: 'notNumber' });
  else if (value < 0) errors.push({ field, problem: 'negative' });
  else if (value > MAX_SOURCE_INCOME) errors.push({ field, problem: 'tooLarge' });
  else return value;
  return 0;
}

function countOf(field: OwnHouseholdField, text: string, min: number, max: number, range: FieldProblem, errors: FieldError[]): number {
  if (text.trim() === '') {
    errors.push({ field, problem: 'required' });
    return min;
  }
  const value = readNumber(text);
  if (value === undefined) errors.push({ field, problem: 'notNumber' });
  else if (!Number.isInteger(value)) errors.push({ field, problem: 'notWhole' });
  else if (value < min || value > max) errors.push({ field, problem: range });
  else return value;
  return min;
}

/** Parses the form: the household, or every field's problem (in form order). */
export function parseOwnHouseholdForm(form: OwnHouseholdForm, cityCount: number): Result<OwnHousehold, FieldError[]> {
  const errors: FieldError[] = [];
  const city = Number(form.city);
  if (!Number.isInteger(city) || city < 0 || city >= cityCount) errors.push({ field: 'city', problem: 'required' });
  const members = countOf('members', form.members, 1, MAX_MEMBERS, 'membersRange', errors);
  const pensioners = countOf('pensioners', form.pensioners, 0, MAX_MEMBERS, 'pensionersRange', errors);
  if (!errors.some((e) => e.field === 'members' || e.field === 'pensioners') && pensioners > members)
    errors.push({ field: 'pensioners', problem: 'pensionersRange' });
  const [wage, business, property, transfers] = INCOME_FIELDS.map((field) => incomeOf(field, form[field], errors)) as [number, number, number, number];
  if (errors.length > 0) return { ok: false, error: errors };
  return { ok: true, value: { city, urban: form.area === 'urban', members, pensioners, wage, business, property, transfers } };
}
