import { Lexer, Source, TokenKind } from 'graphql';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ts from 'typescript';

export interface CodeSize {
  /** Lines holding at least one token (blank and comment-only lines do not count). */
  lines: number;
  /** Tokens: identifiers, keywords, literals, punctuation; no comments or whitespace. */
  tokens: number;
}

const isJsDoc = (node: ts.Node) => node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode;

/** Counts the syntax tree's leaves (tokens; comments and whitespace are trivia, not leaves) and the lines they sit on. */
function tokenLines(source: ts.SourceFile, nodes: readonly ts.Node[]): CodeSize {
  const lines = new Set<number>();
  let tokens = 0;
  const visit = (node: ts.Node): void => {
    const children = node.getChildren(source).filter((child) => !isJsDoc(child));
    if (children.length > 0) return children.forEach(visit);
    // Empty syntax lists (no parameters) and the end-of-file token are no code.
    if (node.getWidth(source) === 0) return;
    tokens += 1;
    const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
    const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
    for (let line = first; line <= last; line += 1) lines.add(line);
  };
  nodes.forEach(visit);
  return { lines: lines.size, tokens };
}

/** The top-level statements a function needs from its own file (helpers, types), the function first. */
function declarationsFor(source: ts.SourceFile, name: string): ts.Statement[] {
  const byName = new Map<string, ts.Statement>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) continue;
    const names = ts.isVariableStatement(statement)
      ? statement.declarationList.declarations.map((d) => d.name.getText(source))
      : 'name' in statement && statement.name && ts.isIdentifier(statement.name as ts.Node)
        ? [(statement.name as ts.Identifier).text]
        : [];
    for (const declared of names) byName.set(declared, statement);
  }
  const wanted = byName.get(name);
  if (!wanted) throw new Error(`${source.fileName} declares no ${name}.`);
  const found = new Set<ts.Statement>([wanted]);
  const queue = [wanted];
  while (queue.length > 0) {
    const visit = (node: ts.Node): void => {
      const statement = ts.isIdentifier(node) ? byName.get(node.text) : undefined;
      if (statement && !found.has(statement)) {
        found.add(statement);
        queue.push(statement);
      }
      ts.forEachChild(node, visit);
    };
    visit(queue.shift() as ts.Statement);
  }
  return source.statements.filter((statement) => found.has(statement));
}

/** The size of one exported scenario function, with the same-file helpers it calls; not shared client code. */
export async function measureFunction(root: string, file: string, exportName: string): Promise<CodeSize> {
  const text = await readFile(join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  return tokenLines(source, declarationsFor(source, exportName));
}

/** The size of a whole TypeScript file (comments and blank lines left out). */
export async function measureFile(root: string, file: string): Promise<CodeSize> {
  const source = ts.createSourceFile(file, await readFile(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  return tokenLines(source, [source]);
}

/** The size of a GraphQL document (an operation is code the GraphQL client's author writes too). */
export async function measureGraphqlDocument(root: string, file: string): Promise<CodeSize> {
  const lexer = new Lexer(new Source(await readFile(join(root, file), 'utf8')));
  const lines = new Set<number>();
  let tokens = 0;
  for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
    tokens += 1;
    lines.add(token.line);
  }
  return { lines: lines.size, tokens };
}
