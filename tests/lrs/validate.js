// Validate xAPI statements with Learning Locker's `xapi-validation` (the validator its
// LRS uses), for tests/core/xapi_validator.py.
//
//   node validate.js < statements.json
//
// stdin: one statement or a JSON array of statements. stdout: a JSON array with, for each
// statement, the list of its problems: {"path": "statement.actor.account.homePage",
// "warning": "TypeWarning", "detail": {...}, "data": <the offending value, shortened>}.
// An empty list means the statement is valid. Exit 0 when every statement is valid, 1 when
// one is not, 2 for unreadable input.
'use strict';

const validate = require('xapi-validation').default;

function describe(warning) {
  const detail = {};
  for (const [key, value] of Object.entries(warning)) {
    if (!['data', 'path', 'message', 'name', 'stack'].includes(key)) {
      detail[key] = value instanceof Error ? String(value) : value;
    }
  }
  let data = JSON.stringify(warning.data);
  if (data !== undefined && data.length > 300) data = data.slice(0, 300) + '...';
  return {
    path: (warning.path || []).join('.'),
    warning: warning.name || (warning.constructor && warning.constructor.name) || 'Warning',
    detail,
    data,
  };
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  let statements;
  try {
    statements = JSON.parse(input);
  } catch (error) {
    process.stderr.write(`validate.js: stdin is not JSON: ${error.message}\n`);
    process.exit(2);
  }
  if (!Array.isArray(statements)) statements = [statements];
  const results = statements.map((statement) => validate(statement).map(describe));
  process.stdout.write(JSON.stringify(results) + '\n');
  process.exit(results.every((problems) => problems.length === 0) ? 0 : 1);
});
