import { PathNode, ReadNode } from "../../src/engine/path";

describe("the tree of paths", () => {
  test("the same choices from the same root give the same node and array", () => {
    const root = new PathNode([]);
    const a = root.choose(2).choose(0);
    expect(a.choices).toEqual([2, 0]);
    expect(root.choose(2).choose(0)).toBe(a);
    expect(root.choose(0).choose(2).choices).toEqual([0, 2]);
  });

  test("a choice that is not a whole number of 0 or more is refused", () => {
    expect(() => new PathNode([]).choose(-1)).toThrow(RangeError);
    expect(() => new PathNode([]).choose(1.5)).toThrow(RangeError);
  });
});

describe("the tree of fields read", () => {
  const target = { id: "buildTarget", slot: 3 };
  const cumulative = { id: "buildCumulative", slot: 4 };

  test("lists the fields in the order first read, shared by evaluations that read them alike", () => {
    const root = new ReadNode([]);
    const read = root.read(cumulative).read(target);
    expect(read.fields).toEqual(["buildCumulative", "buildTarget"]);
    expect(root.read(cumulative).read(target).fields).toBe(read.fields);
    expect(root.read(target).read(cumulative).fields).toEqual(["buildTarget", "buildCumulative"]);
  });

  test("reading a field again stays on the node, declared or not", () => {
    const root = new ReadNode([]);
    const node = root.read(target).read(cumulative);
    expect(node.read(target)).toBe(node);
    expect(node.read(target)).toBe(node);
    const extra = node.read({ id: "extra", slot: -1 });
    expect(extra.read({ id: "extra", slot: -1 })).toBe(extra);
    expect(extra.read(cumulative)).toBe(extra);
    expect(extra.fields).toEqual(["buildTarget", "buildCumulative", "extra"]);
  });

  test("lists the fields of a list that were not read on the way, in the list's order", () => {
    const used = [target, cumulative, { id: "buildThisMonth", slot: 5 }];
    const node = new ReadNode([]).read(cumulative);
    expect(node.unreadOf(used).map((f) => f.id)).toEqual(["buildTarget", "buildThisMonth"]);
    expect(node.unreadOf(used)).toBe(node.unreadOf(used));
    expect(node.read(target).read(used[2]).unreadOf(used)).toEqual([]);
    expect(node.unreadOf([target])).toEqual([target]);
  });

  test("knows which fields were read on the way", () => {
    const node = new ReadNode([]).read(target);
    expect(node.has("buildTarget")).toBe(true);
    expect(node.has("buildCumulative")).toBe(false);
  });

  test("an undeclared field (slot -1) is followed by its id, not mistaken for another", () => {
    const root = new ReadNode([]);
    const a = root.read({ id: "extraA", slot: -1 });
    const b = root.read({ id: "extraB", slot: -1 });
    expect(a.fields).toEqual(["extraA"]);
    expect(b.fields).toEqual(["extraB"]);
    expect(root.read({ id: "extraA", slot: -1 })).toBe(a);
  });
});
