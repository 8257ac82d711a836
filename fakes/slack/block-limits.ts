/**
 * The Block Kit limits Slack enforces, as the fake checks them: a message that breaks one is
 * refused with `invalid_blocks`, exactly as Slack would, so every end-to-end test checks them.
 */
type Json = Record<string, any>;

export function blockProblems(blocks: unknown, maxBlocks = 50): string[] {
  if (blocks === undefined) return [];
  if (!Array.isArray(blocks)) return ['blocks must be an array'];
  const problems: string[] = [];
  const actionIds = new Set<string>();
  const blockIds = new Set<string>();
  const check = (ok: boolean, problem: string) => ok || problems.push(problem);
  const text = (t: Json | undefined, max: number, where: string) => {
    check(typeof t?.text === 'string' && t.text.length > 0, `${where}: text is required`);
    check((t?.text?.length ?? 0) <= max, `${where}: text longer than ${max} (${t?.text?.length})`);
  };
  const element = (e: Json, where: string) => {
    if (e.action_id !== undefined) {
      check(!actionIds.has(e.action_id), `${where}: duplicate action_id ${e.action_id}`);
      check(e.action_id.length <= 255, `${where}: action_id too long`);
      actionIds.add(e.action_id);
    }
    if (e.type === 'button') {
      check(e.text?.type === 'plain_text', `${where}: button text must be plain_text`);
      text(e.text, 75, `${where} button`);
      check((e.value ?? '').length <= 2000, `${where}: button value longer than 2000`);
    }
    if (e.type === 'static_select') {
      check(Array.isArray(e.options) && e.options.length >= 1 && e.options.length <= 100, `${where}: 1 to 100 options`);
      for (const o of e.options ?? []) text(o.text, 75, `${where} option`);
    }
  };

  check(blocks.length <= maxBlocks, `more than ${maxBlocks} blocks (${blocks.length})`);
  blocks.forEach((block: Json, i) => {
    const where = `blocks[${i}] (${block.type})`;
    if (block.block_id !== undefined) {
      check(!blockIds.has(block.block_id), `${where}: duplicate block_id ${block.block_id}`);
      blockIds.add(block.block_id);
    }
    switch (block.type) {
      case 'header':
        check(block.text?.type === 'plain_text', `${where}: header must be plain_text`);
        text(block.text, 150, where);
        break;
      case 'section':
        text(block.text, 3000, where);
        if (block.accessory) element(block.accessory, where);
        break;
      case 'context':
        check(Array.isArray(block.elements) && block.elements.length >= 1 && block.elements.length <= 10, `${where}: 1 to 10 elements`);
        for (const e of block.elements ?? []) text(e, 3000, where);
        break;
      case 'actions':
        check(Array.isArray(block.elements) && block.elements.length >= 1 && block.elements.length <= 25, `${where}: 1 to 25 elements`);
        for (const e of block.elements ?? []) element(e, where);
        break;
      case 'divider':
        break;
      default:
        problems.push(`${where}: block type the bot should not send`);
    }
  });
  return problems;
}
