// Tokenizes the tokenizer parity strings with Hugging Face's own tokenizer (the Rust `tokenizers`
// library through its Node binding, npm package `tokenizers` 0.23.2, Apache-2.0), configured as the
// tokenizer.json of sentence-transformers/all-MiniLM-L6-v2: BertNormalizer (clean text, CJK spacing,
// lowercase, strip accents), BertPreTokenizer, WordPiece ("##", [UNK], 100 characters per word).
//
//   dotnet run --project src/Engage.Classifier.Tools -- tokenizer-parity-input --out artifacts/semantics/parity-input.json
//   npm install --prefix artifacts/semantics/node tokenizers@0.23.2
//   NODE_PATH=artifacts/semantics/node/node_modules node src/Engage.Classifier.Tools/Semantics/hf-reference-tokenize.cjs \
//     artifacts/semantics/parity-input.json tests/Engage.Classifier.Tests/Fixtures/semantics/hf-wordpiece-ids.json
const fs = require('fs');
const { Tokenizer } = require('tokenizers');

async function main() {
  const [input, output] = process.argv.slice(2);
  const { vocabulary, strings } = JSON.parse(fs.readFileSync(input, 'utf8'));
  const vocab = Object.fromEntries(vocabulary.map((token, id) => [token, id]));
  const special = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'].map((content) => ({
    id: vocab[content], content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true,
  }));
  const tokenizer = Tokenizer.fromString(JSON.stringify({
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: special,
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: null,
    decoder: null,
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
  }));
  const ids = [];
  for (const text of strings) {
    const encoding = await tokenizer.encode(text, null, { addSpecialTokens: false });
    ids.push(Array.from(encoding.getIds()));
  }
  const reference = 'Hugging Face tokenizers 0.23.2 (npm), configured as all-MiniLM-L6-v2 tokenizer.json, add_special_tokens false';
  fs.writeFileSync(output, JSON.stringify({ reference, strings, ids }, null, 0) + '\n');
  console.log(`wrote ${ids.length} tokenizations to ${output}`);
}

main().catch((error) => { console.error(error); process.exit(1); });
