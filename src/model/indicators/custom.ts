// Custom indicators: a researcher's arithmetic over the model's outputs, such as
// `income_per_capita_rural / income_per_capita`, evaluated year by year after a run.
//
// mathjs parses the text into a node tree; this module then checks the tree against a small
// grammar (numbers, the outputs' ids, + − × ÷ ^, parentheses and a few functions) and walks it
// itself. mathjs's own evaluator is never used: the scope is the outputs and nothing else (no
// mathjs function, constant or unit, no assignment or function definition), division by zero is
// reported rather than turned into Infinity, and nothing is compiled to code, so the worker runs
// it under a Content-Security-Policy without 'unsafe-eval'.

import { create, parseDependencies, type MathNode } from 'mathjs/number';
import { OUTPUTS, type Bilingual } from '../catalog';
import { thresholdHolds, type ThresholdComparator } from '../../shared/comparator';
import { err, ok, type Result } from '../../shared/result';

// Only the parser's factories, of mathjs's number-only build: the rest of mathjs (its evaluator, BigNumber,
// fractions, units, matrices) stays out of the workers' bundles (about 140 kB rather than 320 kB).
const { parse } = create({ parseDependencies: parseDependencies! });

/** The functions an expression may call, with how many arguments each takes (min, max). */
export const CUSTOM_FUNCTIONS: Readonly<Record<string, readonly [number, number]>> = {
  min: [1, 16],
  max: [1, 16],
  abs: [1, 1],
  sqrt: [1, 1],
  log: [1, 1],
  exp: [1, 1],
};

/** The longest expression accepted, in characters. */
export const CUSTOM_EXPRESSION_MAX = 500;

/** Every kind of problem an expression can have (tests keep a fixture of each). */
export const EXPRESSION_ERROR_KINDS = ['syntax', 'unknown-name', 'division-by-zero', 'non-numeric'] as const;

/** What can be wrong with an expression. */
export type ExpressionErrorKind = (typeof EXPRESSION_ERROR_KINDS)[number];

/**
 * One problem with an expression: its kind, where it is (`position`, the 0-based index of the
 * character in the expression's text), the name it is about (an unknown name), the year it
 * happened in (division by zero, a non-numeric value: found only on evaluation) and a message.
 */
export interface ExpressionError {
  readonly kind: ExpressionErrorKind;
  readonly position: number;
  readonly name?: string;
  readonly year?: number;
  readonly message: Bilingual;
}

type Op = '+' | '-' | '*' | '/' | '^';

/** The checked tree: only what the grammar allows. */
type Expr =
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'var'; readonly name: string }
  | { readonly k: 'neg'; readonly a: Expr }
  | { readonly k: 'bin'; readonly op: Op; readonly a: Expr; readonly b: Expr; readonly at: number }
  | { readonly k: 'fn'; readonly name: string; readonly args: readonly Expr[]; readonly at: number };

/** A parsed, checked expression, ready to evaluate. */
export interface CompiledExpression {
  readonly text: string;
  /** The output ids it reads, each once, in order of first use. */
  readonly names: readonly string[];
  readonly tree: Expr;
}

const OUTPUT_IDS: ReadonlySet<string> = new Set(OUTPUTS.map((o) => o.id));

const BINARY: Readonly<Record<string, Op>> = { add: '+', subtract: '-', multiply: '*', divide: '/', pow: '^' };
const COMPARISONS = new Set(['larger', 'largerEq', 'smaller', 'smallerEq', 'equal', 'unequal', 'and', 'or', 'xor', 'not']);

/** 1-based character number for messages (people count from one). */
const at = (position: number): string => String(position + 1);

function syntax(position: number, en: string, zh: string): ExpressionError {
  return { kind: 'syntax', position, message: { en: `character ${at(position)}: ${en}`, zh: `第 ${at(position)} 个字符：${zh}` } };
}

function nonNumeric(position: number, en: string, zh: string, year?: number): ExpressionError {
  const where =
    year === undefined
      ? { en: `character ${at(position)}`, zh: `第 ${at(position)} 个字符` }
      : { en: `${year}, character ${at(position)}`, zh: `${year} 年，第 ${at(position)} 个字符` };
  return { kind: 'non-numeric', position, ...(year === undefined ? {} : { year }), message: { en: `${where.en}: ${en}`, zh: `${where.zh}：${zh}` } };
}

/** What each character of an expression's text is: code, inside a string, or in a comment. */
type CharKind = 'code' | 'string' | 'comment';

/**
 * The kind of every character of the text, so that a node found in the tree can be placed in the
 * code (mathjs's nodes carry no positions) and a text of comments alone counts as empty.
 */
function charKinds(text: string): CharKind[] {
  const kinds: CharKind[] = [];
  let quote: string | undefined;
  let comment = false;
  // By UTF-16 unit, as string indices (and so positions) count.
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (comment) {
      kinds.push('comment');
      if (char === '\n') comment = false;
    } else if (quote) {
      kinds.push('string');
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
      kinds.push('string');
    } else if (char === '#') {
      comment = true;
      kinds.push('comment');
    } else kinds.push('code');
  }
  return kinds;
}

/** Which characters of the text are code (not in a string or a comment). */
function codeMask(text: string): boolean[] {
  return charKinds(text).map((kind) => kind === 'code');
}

/** Where an identifier first stands as a whole word in the code, or 0. */
function namePosition(text: string, mask: readonly boolean[], name: string, nth = 0): number {
  const escaped = name.replace(/[$]/g, '\\$');
  const pattern = new RegExp(`(?<![\\w$.])${escaped}(?![\\w$])`, 'g');
  let seen = 0;
  for (const match of text.matchAll(pattern)) {
    if (!mask[match.index]) continue;
    if (seen++ === nth) return match.index;
  }
  return 0;
}

/** The positions of an operator's characters in the code, in text order. */
function operatorPositions(text: string, mask: readonly boolean[], op: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (mask[i] && text[i] === op) out.push(i);
  return out;
}

/**
 * Parses and checks an expression: it must be arithmetic (+ − × ÷ ^, parentheses, numbers) over
 * the names in `names` (by default every output id of the catalog) and the functions of
 * CUSTOM_FUNCTIONS. Returns the checked tree, or the first problem: `syntax` (including what the
 * grammar does not allow, such as assignment), `unknown-name` (a name that is neither an output
 * nor an allowed function, with its position) or `non-numeric` (a comparison, a string, a list).
 */
export function compileExpression(text: string, names: ReadonlySet<string> = OUTPUT_IDS): Result<CompiledExpression, ExpressionError> {
  if (text.length > CUSTOM_EXPRESSION_MAX) {
    return err(
      syntax(
        CUSTOM_EXPRESSION_MAX,
        `is ${text.length} characters long; at most ${CUSTOM_EXPRESSION_MAX} are allowed`,
        `长 ${text.length} 个字符，最多 ${CUSTOM_EXPRESSION_MAX} 个`,
      ),
    );
  }
  const kinds = charKinds(text);
  const mask = kinds.map((kind) => kind === 'code');
  if (!kinds.some((kind, i) => kind !== 'comment' && text[i]!.trim() !== '')) {
    return err(syntax(0, 'the expression is empty', '表达式为空'));
  }
  let root: MathNode;
  try {
    root = parse(text);
  } catch (cause) {
    const char = (cause as { char?: unknown }).char;
    const position = typeof char === 'number' ? Math.max(0, Math.min(text.length, char - 1)) : 0;
    const reason = cause instanceof Error ? cause.message.replace(/\s*\(char \d+\)$/, '') : String(cause);
    return err(syntax(position, reason, `无法解析（${reason}）`));
  }

  // Operators are matched to their characters in text order: an in-order walk of the tree meets
  // the binary operators of one kind in the order they stand in the text.
  const seen: Record<string, number> = {};
  const symbolsSeen: Record<string, number> = {};
  const used: string[] = [];
  const opPosition = (op: string): number => operatorPositions(text, mask, op)[seen[op] ?? 0] ?? 0;

  const walk = (node: MathNode): Result<Expr, ExpressionError> => {
    const n = node as MathNode & Record<string, unknown>;
    switch (node.type) {
      case 'ParenthesisNode':
        return walk(n['content'] as MathNode);
      case 'ConstantNode': {
        const value = n['value'];
        if (typeof value === 'number' && Number.isFinite(value)) return ok({ k: 'num', v: value });
        const shown = JSON.stringify(value) ?? String(value);
        // A string starts at its quote; a word constant (true, null, NaN …) stands in the code.
        const position = typeof value === 'string' ? Math.max(0, text.search(/["']/)) : namePosition(text, mask, String(value));
        return err(nonNumeric(position, `${shown} is not a finite number`, `${shown} 不是有限数值`));
      }
      case 'SymbolNode': {
        const name = String(n['name']);
        const position = namePosition(text, mask, name, symbolsSeen[name] ?? 0);
        symbolsSeen[name] = (symbolsSeen[name] ?? 0) + 1;
        if (!names.has(name)) {
          return err({
            kind: 'unknown-name',
            position,
            name,
            message: {
              en: `character ${at(position)}: "${name}" is not an output of the model${Object.hasOwn(CUSTOM_FUNCTIONS, name) ? ' (it is a function: write it with parentheses)' : ''}`,
              zh: `第 ${at(position)} 个字符：“${name}”不是模型的输出${Object.hasOwn(CUSTOM_FUNCTIONS, name) ? '（它是函数，请加括号）' : ''}`,
            },
          });
        }
        if (!used.includes(name)) used.push(name);
        return ok({ k: 'var', name });
      }
      case 'FunctionNode': {
        const fn = n['fn'] as MathNode & { name?: string };
        const args = n['args'] as MathNode[];
        if (fn.type !== 'SymbolNode' || typeof fn.name !== 'string') return err(syntax(0, 'only a function name may be called', '只能调用函数名'));
        const name = fn.name;
        const position = namePosition(text, mask, name, symbolsSeen[name] ?? 0);
        symbolsSeen[name] = (symbolsSeen[name] ?? 0) + 1;
        const arity = CUSTOM_FUNCTIONS[name];
        if (!Object.hasOwn(CUSTOM_FUNCTIONS, name) || !arity) {
          if (names.has(name)) return err(syntax(position, `"${name}" is an output, not a function`, `“${name}”是输出，不是函数`));
          return err({
            kind: 'unknown-name',
            position,
            name,
            message: {
              en: `character ${at(position)}: "${name}" is not an allowed function (${Object.keys(CUSTOM_FUNCTIONS).join(', ')})`,
              zh: `第 ${at(position)} 个字符：“${name}”不是可用的函数（${Object.keys(CUSTOM_FUNCTIONS).join('、')}）`,
            },
          });
        }
        if (args.length < arity[0] || args.length > arity[1]) {
          const count = arity[0] === arity[1] ? `${arity[0]}` : `${arity[0]} to ${arity[1]}`;
          return err(
            syntax(
              position,
              `${name}() takes ${count} argument(s), not ${args.length}`,
              `${name}() 需要 ${count.replace(' to ', ' 至 ')} 个参数，而非 ${args.length} 个`,
            ),
          );
        }
        const checked: Expr[] = [];
        for (const arg of args) {
          const a = walk(arg);
          if (!a.ok) return a;
          checked.push(a.value);
        }
        return ok({ k: 'fn', name, args: checked, at: position });
      }
      case 'OperatorNode': {
        const fn = String(n['fn']);
        const op = String(n['op']);
        const args = n['args'] as MathNode[];
        if (fn === 'unaryMinus' || fn === 'unaryPlus') {
          // Its character comes before its operand's: counted now, so binary ones keep their places.
          seen[op] = (seen[op] ?? 0) + 1;
          const a = walk(args[0]!);
          if (!a.ok) return a;
          return ok(fn === 'unaryMinus' ? { k: 'neg', a: a.value } : a.value);
        }
        const binary = BINARY[fn];
        if (binary && args.length === 2) {
          const a = walk(args[0]!);
          if (!a.ok) return a;
          // Implicit multiplication (`2 x`) has no character of its own.
          const implicit = n['implicit'] === true;
          const position = implicit ? 0 : opPosition(op);
          if (!implicit) seen[op] = (seen[op] ?? 0) + 1;
          const b = walk(args[1]!);
          if (!b.ok) return b;
          return ok({ k: 'bin', op: binary, a: a.value, b: b.value, at: position });
        }
        const position = Math.max(0, text.indexOf(op));
        if (COMPARISONS.has(fn)) {
          return err(nonNumeric(position, `"${op}" gives true or false, not a number`, `“${op}”的结果是真或假，不是数值`));
        }
        return err(syntax(position, `the operator "${op}" is not allowed (use + - * / ^)`, `不支持运算符“${op}”（可用 + - * / ^）`));
      }
      case 'ArrayNode':
      case 'ObjectNode':
        return err(nonNumeric(0, 'a list or object is not a number', '列表或对象不是数值'));
      case 'AssignmentNode':
      case 'FunctionAssignmentNode':
        return err(syntax(Math.max(0, text.indexOf('=')), 'assignment is not allowed', '不允许赋值'));
      case 'BlockNode':
        return err(syntax(Math.max(0, text.search(/[;\n]/)), 'only one expression is allowed', '只允许一个表达式'));
      default:
        return err(syntax(0, `${node.type.replace(/Node$/, '').toLowerCase()} expressions are not allowed`, '不支持此类表达式'));
    }
  };
  const tree = walk(root);
  return tree.ok ? ok({ text, names: used, tree: tree.value }) : tree;
}

/** Evaluates a checked expression with the given values of its names; `year` only labels an error. */
export function evaluateExpression(compiled: CompiledExpression, value: (name: string) => number, year?: number): Result<number, ExpressionError> {
  let failure: ExpressionError | undefined;
  const fail = (e: ExpressionError): number => {
    failure ??= e;
    return NaN;
  };
  const where = (position: number): Bilingual =>
    year === undefined
      ? { en: `character ${at(position)}`, zh: `第 ${at(position)} 个字符` }
      : { en: `${year}, character ${at(position)}`, zh: `${year} 年，第 ${at(position)} 个字符` };
  const calc = (e: Expr): number => {
    if (failure) return NaN;
    switch (e.k) {
      case 'num':
        return e.v;
      case 'var': {
        const v = value(e.name);
        if (!Number.isFinite(v)) {
          const position = namePosition(compiled.text, codeMask(compiled.text), e.name);
          return fail(nonNumeric(position, `"${e.name}" has no finite value`, `“${e.name}”没有有限数值`, year));
        }
        return v;
      }
      case 'neg':
        return -calc(e.a);
      case 'fn': {
        const args = e.args.map(calc);
        if (failure) return NaN;
        const out =
          e.name === 'min'
            ? Math.min(...args)
            : e.name === 'max'
              ? Math.max(...args)
              : e.name === 'abs'
                ? Math.abs(args[0]!)
                : e.name === 'sqrt'
                  ? Math.sqrt(args[0]!)
                  : e.name === 'log'
                    ? Math.log(args[0]!)
                    : Math.exp(args[0]!);
        if (!Number.isFinite(out))
          return fail(nonNumeric(e.at, `${e.name}(${args.join(', ')}) is not a finite number`, `${e.name}(${args.join(', ')}) 不是有限数值`, year));
        return out;
      }
      case 'bin': {
        const a = calc(e.a);
        const b = calc(e.b);
        if (failure) return NaN;
        if (e.op === '/' && b === 0) {
          const w = where(e.at);
          return fail({
            kind: 'division-by-zero',
            position: e.at,
            ...(year === undefined ? {} : { year }),
            message: { en: `${w.en}: the divisor is 0`, zh: `${w.zh}：除数为 0` },
          });
        }
        const out = e.op === '+' ? a + b : e.op === '-' ? a - b : e.op === '*' ? a * b : e.op === '/' ? a / b : a ** b;
        if (!Number.isFinite(out)) return fail(nonNumeric(e.at, `${a} ${e.op} ${b} is not a finite number`, `${a} ${e.op} ${b} 不是有限数值`, year));
        return out;
      }
    }
  };
  const result = calc(compiled.tree);
  return failure ? err(failure) : ok(result);
}

/** A target on a custom indicator: it holds in `year` when value `comparator` threshold. */
export interface CustomTarget {
  readonly comparator: ThresholdComparator;
  readonly threshold: number;
  readonly year: number;
}

/** A custom indicator as a run takes it (the scenario document's entry, which may carry more: label, unit). */
export interface CustomIndicatorInput {
  readonly id: string;
  readonly expression: string;
  readonly target?: CustomTarget;
}

/** A custom target's verdict: judged as the scorecard judges a plan target, but in the target's own year. */
export interface CustomVerdict {
  readonly year: number;
  readonly comparator: ThresholdComparator;
  readonly threshold: number;
  /** The indicator's value in `year`, or null when it has none there. */
  readonly value: number | null;
  /** value − threshold. */
  readonly gap: number | null;
  readonly state: 'reached' | 'missed' | 'no_data';
  /** First year from 2021 in which the target holds; null if never. */
  readonly firstYearReached: number | null;
}

/** One custom indicator's values in a workbench result. */
export interface CustomIndicatorResult {
  readonly id: string;
  /** The expression's problem: a static one, or the first year that could not be evaluated in the scenario. Null when all is well. */
  readonly error: ExpressionError | null;
  /** One value per year (null where it could not be evaluated), for the scenario, the modified baseline and the baseline. */
  readonly scenario: (number | null)[];
  readonly modifiedBaseline: (number | null)[];
  readonly baseline: (number | null)[];
  /** The target's verdict on the scenario (absent without a target). */
  readonly verdict?: CustomVerdict;
}

/** An indicator's series over a run's outputs, and the first year's error (null: every year evaluated). */
export function customSeries(
  compiled: CompiledExpression,
  years: readonly number[],
  outputs: Readonly<Record<string, readonly number[]>>,
): { values: (number | null)[]; error: ExpressionError | null } {
  let first: ExpressionError | null = null;
  const values = years.map((year, i) => {
    const r = evaluateExpression(compiled, (name) => outputs[name]?.[i] ?? NaN, year);
    if (r.ok) return r.value;
    first ??= r.error;
    return null;
  });
  return { values, error: first };
}

/** Judges a custom target on a series: reached when it holds in its year; the first year from 2021 it holds. */
export function judgeCustomTarget(target: CustomTarget, years: readonly number[], values: readonly (number | null)[]): CustomVerdict {
  const index = years.indexOf(target.year);
  const value = index < 0 ? null : (values[index] ?? null);
  let first: number | null = null;
  for (let i = 1; i < years.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && thresholdHolds(target.comparator, v, target.threshold)) {
      first = years[i]!;
      break;
    }
  }
  const base = { year: target.year, comparator: target.comparator, threshold: target.threshold, firstYearReached: first };
  if (value === null) return { ...base, value: null, gap: null, state: 'no_data' };
  return { ...base, value, gap: value - target.threshold, state: thresholdHolds(target.comparator, value, target.threshold) ? 'reached' : 'missed' };
}

/**
 * Every custom indicator of a scenario over the three runs of a workbench result: the values per
 * year, the first problem, and the target's verdict on the scenario.
 */
export function customIndicators(
  indicators: readonly CustomIndicatorInput[],
  years: readonly number[],
  runs: {
    readonly scenario: Readonly<Record<string, readonly number[]>>;
    readonly modifiedBaseline: Readonly<Record<string, readonly number[]>>;
    readonly baseline: Readonly<Record<string, readonly number[]>>;
  },
): CustomIndicatorResult[] {
  return indicators.map((indicator): CustomIndicatorResult => {
    const compiled = compileExpression(indicator.expression);
    if (!compiled.ok) {
      const none = years.map(() => null);
      return { id: indicator.id, error: compiled.error, scenario: none, modifiedBaseline: none, baseline: none };
    }
    const scenario = customSeries(compiled.value, years, runs.scenario);
    const result: CustomIndicatorResult = {
      id: indicator.id,
      error: scenario.error,
      scenario: scenario.values,
      modifiedBaseline: customSeries(compiled.value, years, runs.modifiedBaseline).values,
      baseline: customSeries(compiled.value, years, runs.baseline).values,
    };
    return indicator.target ? { ...result, verdict: judgeCustomTarget(indicator.target, years, scenario.values) } : result;
  });
}

/** Checks an expression without evaluating it (the page's inline check as one types): null, or the problem. */
export function checkExpression(text: string): ExpressionError | null {
  const compiled = compileExpression(text);
  return compiled.ok ? null : compiled.error;
}
