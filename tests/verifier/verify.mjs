// Third-party verification of records for the tests (see README.md): Digital Bazaar's
// jsonld-signatures + data-integrity with each eddsa cryptosuite, on its own. Nothing is
// fetched: contexts come from the folders given with --contexts, keys from did:key.
//
//   node verify.mjs --contexts DIR [--contexts DIR ...] RECORD.json ...
//
// Prints one JSON object per record on stdout:
//   {"file": ..., "suites": {"eddsa-jcs-2022": {"verified": true|false, "error": "..."}, ...}}
// A suite whose proof is absent reports verified false with the library's own error.
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import jsigs from 'jsonld-signatures';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {createVerifyCryptosuite} from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import {cryptosuite as rdfc} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {securityLoader} from '@digitalbazaar/security-document-loader';

const {purposes: {AssertionProofPurpose}} = jsigs;
const args = process.argv.slice(2);
const files = [];
const loader = securityLoader();
for(let i = 0; i < args.length; i++) {
  if(args[i] === '--contexts') {
    const dir = args[++i];
    // each file is {"url": ..., "document": {...}} or an index.json mapping url -> file
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
    for(const [url, name] of Object.entries(index)) {
      loader.addStatic(url, JSON.parse(readFileSync(join(dir, name), 'utf8')));
    }
  } else {
    files.push(args[i]);
  }
}
const documentLoader = loader.build();
const suites = {'eddsa-jcs-2022': createVerifyCryptosuite(), 'eddsa-rdfc-2022': rdfc};

for(const file of files) {
  const out = {file, suites: {}};
  let record;
  try {
    record = JSON.parse(readFileSync(file, 'utf8'));
  } catch(e) {
    out.error = String(e.message || e);
    console.log(JSON.stringify(out));
    continue;
  }
  for(const [name, cryptosuite] of Object.entries(suites)) {
    try {
      const result = await jsigs.verify(structuredClone(record), {
        suite: new DataIntegrityProof({cryptosuite}),
        purpose: new AssertionProofPurpose(),
        documentLoader
      });
      const errors = [];
      if(result.error) {
        for(const e of (result.error.errors || [result.error])) {
          errors.push(String(e.message || e));
        }
      }
      out.suites[name] = {verified: result.verified === true, error: errors.join('; ')};
    } catch(e) {
      out.suites[name] = {verified: false, error: String(e.message || e)};
    }
  }
  console.log(JSON.stringify(out));
}
