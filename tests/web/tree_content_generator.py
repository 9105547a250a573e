# SPDX-License-Identifier: GPL-3.0-or-later
"""A large, valid, seeded tree and directory for the tree page's browser test (docs/tree-format.md,
docs/directory-format.md), with hostile texts where a page that pasted content as HTML would break:
markup that would load images or stylesheets from the page's own server, script and comment openers."""
import random

WORDS = ("school klas pesten ouder leerling mentor docent hulp gesprek klacht advies thuis vriend "
         "groep les pauze directeur bestuur veilig meldpunt vraag antwoord").split()
ENGLISH = ("school class bullying parent pupil mentor teacher help talk complaint advice home friend "
           "group lesson break head board safe desk question answer").split()

# Each would make a request to the page's own server, run script, or hide content if inserted as HTML.
HOSTILE_QUESTION = 'Is er gevaar? </script><img src="/evil-1.png" onerror="window.pwned=1"> <!-- <script>'
HOSTILE_LABEL = '<b>vet</b> & "aanhalingstekens" \u2028 </SCRIPT >{{DATA}}'
HOSTILE_PARTY = '<img src=/evil-2.png onerror=window.pwned=2>Partij'
HOSTILE_ITEM = '</style><link rel="stylesheet" href="/evil-3.css"><!--'
HOSTILE_CHANNEL = 'https://example.invalid/"><img src=/evil-4.png>'


def _text(rng, words, english=True):
    nl = " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "?"
    text = {"nl": nl}
    if english:
        text["en"] = " ".join(rng.choice(ENGLISH) for _ in range(words)).capitalize() + "?"
    return text


def directory(rng, parties=24):
    result = []
    for i in range(parties):
        party = {
            "id": "partij-%d" % i,
            "name": {"nl": "Partij %d" % i, "en": "Party %d" % i} if i % 3 else {"nl": "Partij %d" % i},
            "kind": rng.choice(["network", "safeguarding", "specialist", "school"]),
            "description": {"nl": "Omschrijving %d." % i},
            "audiences": ["pupil", "parent"],
            "themes": ["bullying"],
            "school_types": ["po", "vo"],
            "eligibility_description": {"nl": "Iedereen."},
            "can": [{"nl": "Kan %d-%d." % (i, k), "en": "Can %d-%d." % (i, k)} for k in range(1 + i % 3)],
            "cannot": [{"nl": "Kan niet %d." % i}],
            "conditions": [{"nl": "Voorwaarde %d." % i}] if i % 2 else [],
            "channels": [{"type": "phone", "value": "0800-%04d" % i,
                          "hours": {"nl": "ma-vr 9-17 uur", "en": "Mon-Fri 9-17"}},
                         {"type": "web", "value": "https://partij%d.example.invalid/" % i}],
            "languages": ["nl"],
            "assured_date": "2026-%02d-%02d" % (1 + i % 12, 1 + i % 28),
        }
        if i % 4 == 0:
            party["alternate_name"] = "P%d" % i
        if i % 5 == 0:
            party["url"] = "https://www.partij%d.example.invalid/" % i
        result.append(party)
    result[1]["name"] = {"nl": HOSTILE_PARTY}
    result[2]["can"].append({"nl": HOSTILE_ITEM})
    result[3]["channels"].append({"type": "web", "value": HOSTILE_CHANNEL})
    result[3]["channels"].append({"type": "web", "value": "javascript:window.pwned=3"})
    return {"format": 1, "review": {"status": "approved"}, "parties": result}


def tree(rng, party_ids, layers=10, width=300):
    """Layers of nodes; every node is reached from the layer before it and may be shared by options of
    any earlier layer, so paths have different lengths. Outcomes fill the last layer and some earlier places."""
    ids = [["vraag-0"]]
    for layer in range(1, layers):
        ids.append(["n%d-%d" % (layer, i) for i in range(min(width, 3 * len(ids[-1])))])
    kinds = {}
    for layer, layer_ids in enumerate(ids):
        for node_id in layer_ids:
            last = layer == layers - 1
            kinds[node_id] = "outcome" if last or (layer > 1 and rng.random() < 0.12) else "question"
    children = {node_id: [] for layer_ids in ids for node_id in layer_ids}
    for layer in range(1, layers):
        parents = [p for p in ids[layer - 1] if kinds[p] == "question"]
        for node_id in ids[layer]:
            candidates = [p for p in parents if len(children[p]) < 9]
            children[rng.choice(candidates)].append(node_id)
    nodes = []
    for layer, layer_ids in enumerate(ids):
        later = [n for deeper in ids[layer + 1:] for n in deeper]
        for node_id in layer_ids:
            english = rng.random() < 0.8
            node = {"id": node_id, "kind": kinds[node_id], "text": _text(rng, 5, english)}
            if kinds[node_id] == "question":
                targets = children[node_id]
                wanted = max(len(targets), rng.randint(2, 9))
                targets += [rng.choice(later) for _ in range(wanted - len(targets))]
                node["options"] = [{"id": "antwoord-%d" % k, "label": _text(rng, 3, rng.random() < 0.8), "next": t}
                                   for k, t in enumerate(targets)]
            else:
                node["urgent"] = rng.random() < 0.1
                node["whiteSpot"] = rng.random() < 0.1
                count = rng.randint(0 if node["whiteSpot"] else 1, 4)
                node["referrals"] = [{"party": p, "script": _text(rng, 5, rng.random() < 0.8)}
                                     for p in rng.sample(party_ids, count)]
            nodes.append(node)
    nodes[0]["text"] = {"nl": HOSTILE_QUESTION, "en": "Is there danger?"}
    nodes[0]["options"][0]["label"] = {"nl": HOSTILE_LABEL}
    return {"format": 1, "version": "generated-test", "review": {"status": "approved"},
            "title": {"nl": "Gegenereerde boom", "en": "Generated tree"}, "start": "vraag-0", "nodes": nodes}


def generate(seed):
    """(tree, directory) documents, the same for the same seed."""
    rng = random.Random(seed)
    parties = directory(rng)
    return tree(rng, [p["id"] for p in parties["parties"]]), parties
