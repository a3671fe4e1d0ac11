/**
 * A strict XML parser for tests: Python's expat (Python 3 is needed for the Temporal binaries anyway),
 * which refuses anything that is not well-formed — an unescaped "<" or "&" in a label fails the parse.
 * Gives the tree as plain objects.
 */
import { execFileSync } from 'node:child_process';

export interface XmlElement {
  tag: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlElement[];
}

const SCRIPT = `
import json, sys, xml.etree.ElementTree as ET
def walk(e):
    return {"tag": e.tag.split("}")[-1], "attrs": {k.split("}")[-1]: v for k, v in e.attrib.items()},
            "text": e.text or "", "children": [walk(c) for c in e]}
print(json.dumps(walk(ET.fromstring(sys.stdin.buffer.read()))))
`;

export function parseXml(xml: string): XmlElement {
  return JSON.parse(execFileSync('python3', ['-c', SCRIPT], { input: xml }).toString());
}

/** Every element of the tree, depth first. */
export function elements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(elements)];
}
