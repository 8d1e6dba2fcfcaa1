/// Finds the block of a page that holds the article, the way readability does: paragraphs of text vote for their
/// parent and grandparents by length and commas, containers are weighted by their class names and penalised by
/// their link density, and the best container is kept with its related siblings.
struct ContentScorer {
    /// Which heuristics are on; extraction retries with fewer when the result is too short.
    struct Options: Sendable {
        /// Remove blocks whose class or id names page furniture before scoring.
        var stripUnlikely = true
        /// Let class and id names add to or take from a container's score.
        var weighClasses = true
    }

    var options = Options()

    /// Prunes furniture and returns the roots of the article content: the best container and the blocks that
    /// belong with it, in document order. Empty when the page has no text.
    func selectContent(in tree: inout PageTree) -> [Int] {
        prune(&tree)
        tree.computeAggregates()
        let units = ParagraphUnit.units(in: tree)
        let scores = scoreCandidates(tree, units: units)
        let mass = proseMass(tree, units: units)
        let body = tree.bodyIndex
        guard var top = scores.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key,
            top != body
        else {
            return tree.nodes.isEmpty ? [] : [body]
        }
        top = refine(top, scores: scores, mass: mass, tree: tree)
        var roots = siblings(of: top, scores: scores, mass: mass, tree: tree)
        roots += repeatedChunks(of: top, mass: mass, tree: tree)
        return Self.outermost(roots, tree: tree)
    }

    /// Sorted, without duplicates and without roots inside other roots.
    static func outermost(_ roots: [Int], tree: PageTree) -> [Int] {
        var result: [Int] = []
        for root in Set(roots).sorted() {
            if let last = result.last, tree.contains(last, root) { continue }
            result.append(root)
        }
        return result
    }

    /// Characters of paragraph text outside links in each subtree (units of at least 25 characters).
    func proseMass(_ tree: PageTree, units: [ParagraphUnit]) -> [Int] {
        var mass = [Int](repeating: 0, count: tree.nodes.count)
        for unit in units where unit.length >= 25 && unit.anchor >= 0 { mass[unit.anchor] += unit.prose }
        for index in mass.indices.reversed() {
            let parent = Int(tree.nodes[index].parent)
            if parent >= 0 { mass[parent] += mass[index] }
        }
        return mass
    }

    /// Removes hidden elements, navigation landmarks and (when enabled) blocks with unlikely class names.
    func prune(_ tree: inout PageTree) {
        var index = 0
        while index < tree.nodes.count {
            let node = tree.nodes[index]
            if node.isRemoved || node.tag == .text {
                index += 1
                continue
            }
            if shouldPrune(index, tree: tree) {
                tree.remove(index)
                index = Int(node.end)
            } else {
                index += 1
            }
        }
    }

    private func shouldPrune(_ index: Int, tree: PageTree) -> Bool {
        let node = tree.nodes[index]
        if node.tag == .body || node.tag == .html || node.flags.contains(.articleBody) { return false }
        if node.flags.contains(.hidden) || node.flags.contains(.chromeRole) { return true }
        switch node.tag {
        case .nav, .aside, .footer: return !containsArticleBody(index, tree: tree)
        case .article, .main, .a, .table, .code, .pre: return false
        default: break
        }
        if node.hints.contains(.comments), !node.flags.contains(.mainRole) {
            return !containsArticleBody(index, tree: tree)
        }
        guard options.stripUnlikely, !node.flags.contains(.mainRole), node.hints.contains(.unlikely) else {
            return false
        }
        return !containsArticleBody(index, tree: tree) && !hasAncestor(index, in: [.table, .code, .pre], tree: tree)
    }

    private func containsArticleBody(_ index: Int, tree: PageTree) -> Bool {
        var position = index + 1
        while position < Int(tree.nodes[index].end) {
            if tree.nodes[position].flags.contains(.articleBody) { return true }
            position += 1
        }
        return false
    }

    private func hasAncestor(_ index: Int, in tags: Set<HTMLTag>, tree: PageTree) -> Bool {
        var parent = Int(tree.nodes[index].parent)
        while parent >= 0 {
            if tags.contains(tree.nodes[parent].tag) { return true }
            parent = Int(tree.nodes[parent].parent)
        }
        return false
    }

    /// The score of every container that received votes, already scaled by `1 - link density`.
    func scoreCandidates(_ tree: PageTree, units: [ParagraphUnit]) -> [Int: Double] {
        var values = [Double](repeating: .nan, count: tree.nodes.count)
        var scored: [Int] = []
        for unit in units where unit.length >= 25 {
            let vote = 1 + Double(unit.commas + 1) + Double(min(unit.length / 100, 3))
            var ancestor = unit.anchor
            var level = 0
            while ancestor >= 0, level < 5 {
                if values[ancestor].isNaN {
                    values[ancestor] = initialScore(tree.nodes[ancestor].tag, tree.nodes[ancestor])
                    scored.append(ancestor)
                }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                values[ancestor] += vote / divider
                ancestor = Int(tree.nodes[ancestor].parent)
                level += 1
            }
        }
        var scores: [Int: Double] = [:]
        scores.reserveCapacity(scored.count)
        for index in scored { scores[index] = values[index] * (1 - tree.linkDensity(index)) }
        return scores
    }

    /// The starting score of a container: by tag, plus the class weight.
    func initialScore(_ tag: HTMLTag, _ node: borrowing PageNode) -> Double {
        var score = 0.0
        switch tag {
        case .div: score = 5
        case .pre, .td, .blockquote: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: break
        }
        if options.weighClasses { score += Double(node.classWeight) }
        if node.flags.contains(.articleBody) { score += 25 }
        return score
    }

    /// Narrows the best container to the block that holds nearly all of its prose, then moves up when its
    /// rivals share an ancestor or its parent adds prose and scores well.
    private func refine(_ best: Int, scores: [Int: Double], mass: [Int], tree: PageTree) -> Int {
        let body = tree.bodyIndex
        var top = narrowed(best, mass: mass, tree: tree)
        let topScore = scores[best] ?? 0
        let rivals = scores.filter { $0.key != best && $0.value >= topScore * 0.75 }
            .sorted { $0.value > $1.value }.prefix(4).map(\.key)
        if rivals.count >= 3 {
            var parent = Int(tree.nodes[top].parent)
            while parent >= 0, parent != body {
                let sharing = rivals.filter { tree.contains(parent, $0) }.count
                if sharing >= 3 {
                    if mass[parent] > mass[top] + mass[top] / 10 { top = parent }
                    break
                }
                parent = Int(tree.nodes[parent].parent)
            }
        }
        var lastScore = scores[top] ?? 0
        let threshold = lastScore / 3
        var parent = Int(tree.nodes[top].parent)
        while parent >= 0, parent != body {
            guard let parentScore = scores[parent] else {
                parent = Int(tree.nodes[parent].parent)
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                if mass[parent] > mass[top] + mass[top] / 10 { top = parent }
                break
            }
            lastScore = parentScore
            parent = Int(tree.nodes[parent].parent)
        }
        while true {
            let parent = Int(tree.nodes[top].parent)
            guard parent >= 0, parent != body, tree.elementChildren(of: parent).count == 1 else { break }
            top = parent
        }
        return top
    }

    /// The deepest block under `index` that still holds 95% of its prose.
    func narrowed(_ index: Int, mass: [Int], tree: PageTree) -> Int {
        var current = index
        let total = mass[index]
        guard total > 0 else { return index }
        while let child = tree.elementChildren(of: current).first(where: { mass[$0] * 100 >= total * 95 }) {
            current = child
        }
        return current
    }

    /// Blocks with the same tag and classes as the best one near it: articles cut into chunks between ads.
    private func repeatedChunks(of top: Int, mass: [Int], tree: PageTree) -> [Int] {
        let node = tree.nodes[top]
        let classes = tree.classes(of: top)
        guard !classes.isEmpty else { return [] }
        var ancestor = top
        for _ in 0..<2 {
            ancestor = Int(tree.nodes[ancestor].parent)
            guard ancestor >= 0, ancestor != tree.bodyIndex else { return [] }
            var chunks: [Int] = []
            var index = ancestor + 1
            while index < Int(tree.nodes[ancestor].end) {
                let other = tree.nodes[index]
                if other.isRemoved {
                    index = Int(other.end)
                    continue
                }
                if index != top, other.tag == node.tag, tree.classes(of: index) == classes, !tree.contains(index, top),
                    !tree.contains(top, index), mass[index] >= 50,
                    tree.linkDensity(index) < 0.25
                {
                    chunks.append(index)
                    index = Int(other.end)
                    continue
                }
                index += 1
            }
            if !chunks.isEmpty { return chunks }
        }
        return []
    }

    /// The best container and those of its siblings that score close to it or read like article paragraphs.
    private func siblings(of top: Int, scores: [Int: Double], mass: [Int], tree: PageTree) -> [Int] {
        let parent = Int(tree.nodes[top].parent)
        guard parent >= 0 else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClasses = tree.classes(of: top)
        var result: [Int] = []
        for sibling in tree.elementChildren(of: parent) {
            if sibling == top {
                result.append(sibling)
                continue
            }
            let node = tree.nodes[sibling]
            var bonus = 0.0
            let sameClasses = !topClasses.isEmpty && tree.classes(of: sibling) == topClasses
            if sameClasses { bonus += topScore * 0.2 }
            if let score = scores[sibling], score + bonus >= threshold {
                result.append(sibling)
            } else if sameClasses, mass[sibling] >= 50 {
                result.append(sibling)
            } else if node.tag == .p {
                let density = tree.linkDensity(sibling)
                let length = Int(node.textLength)
                if length > 80, density < 0.25 {
                    result.append(sibling)
                } else if length < 80, length > 0, density == 0, tree.text(of: sibling).hasSuffix(".") {
                    result.append(sibling)
                }
            }
        }
        return result
    }
}
