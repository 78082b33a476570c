import sax from 'sax';
import { type FeedRecord, LIST_FIELDS } from './feed-record.js';
import { FeedSyntaxError } from './json-feed.parser.js';

const NESTED_LISTS = new Set(['origineOffre.partenaires']);

interface Node {
  name: string;
  text: string;
  children: [string, unknown][];
}

/**
 * An element's value: its text when it has no child element, else an object — or a list for the
 * list fields of the offer (`<permis><permis>…</permis></permis>`: only the outer one is the list).
 */
function valueOf(node: Node, offerField: boolean): unknown {
  if (offerField && LIST_FIELDS.has(node.name)) return node.children.map(([, value]) => value);
  if (node.children.length === 0) return node.text.trim();
  const object: Record<string, unknown> = {};
  for (const [name, value] of node.children) {
    const previous = object[name];
    if (previous === undefined) object[name] = value;
    else object[name] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return object;
}

/** `<offres><offre>…</offre>…</offres>`: each element under the root is one record. */
export async function* parseXml(chunks: AsyncIterable<string>): AsyncGenerator<FeedRecord> {
  const parser = sax.parser(true, { trim: false, normalize: false });
  const stack: Node[] = [];
  const ready: FeedRecord[] = [];
  let record = 0;
  let failure: Error | null = null;
  parser.onopentag = (tag) => {
    stack.push({ name: tag.name, text: '', children: [] });
  };
  parser.ontext = (text) => {
    if (stack.length > 1) stack[stack.length - 1]!.text += text;
  };
  parser.oncdata = parser.ontext;
  parser.onclosetag = () => {
    const node = stack.pop()!;
    if (stack.length === 1) ready.push({ record: ++record, value: valueOf(node, false) });
    else if (stack.length > 1) {
      const parent = stack[stack.length - 1]!;
      // List fields sit on the offer, or one level down (`<origineOffre><partenaires>`).
      parent.children.push([node.name, valueOf(node, stack.length === 2 || (stack.length === 3 && NESTED_LISTS.has(`${parent.name}.${node.name}`)))]);
    }
  };
  parser.onerror = (error) => {
    failure = error;
  };
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (failure) throw new FeedSyntaxError(`XML invalide après l’enregistrement ${record} : ${(failure as Error).message.split('\n')[0]}`);
    yield* ready;
    ready.length = 0;
  }
  parser.close();
  if (failure) throw new FeedSyntaxError(`XML invalide après l’enregistrement ${record} : ${(failure as Error).message.split('\n')[0]}`);
  yield* ready;
}
