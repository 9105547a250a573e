// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallCellSuppression.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace ww {

namespace {

using Residue = quint64;
constexpr Residue prime = (Residue(1) << 61) - 1;

Residue reduce(qint64 value)
{
    const qint64 rest = value % qint64(prime);
    return Residue(rest < 0 ? rest + qint64(prime) : rest);
}

// GCC's 128-bit integers hold the product of two residues exactly.
__extension__ typedef unsigned __int128 Wide;

Residue multiply(Residue a, Residue b)
{
    return Residue((Wide(a) * b) % prime);
}

Residue subtract(Residue a, Residue b)
{
    return a >= b ? a - b : a + prime - b;
}

Residue inverse(Residue a)
{
    // Fermat: a^(p-2) is a's inverse modulo the prime p.
    Residue result = 1;
    Residue base = a;
    for (Residue exponent = prime - 2; exponent > 0; exponent >>= 1) {
        if (exponent & 1)
            result = multiply(result, base);
        base = multiply(base, base);
    }
    return result;
}

/// The unknowns linked by equations, found with union–find.
class Groups
{
public:
    explicit Groups(qsizetype size)
        : m_parent(size)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int cell)
    {
        while (m_parent[cell] != cell) {
            m_parent[cell] = m_parent[m_parent[cell]];
            cell = m_parent[cell];
        }
        return cell;
    }
    void join(int a, int b) { m_parent[find(a)] = find(b); }

private:
    QList<int> m_parent;
};

/// Which of \a unknowns the equations \a rows fix, by reduced row echelon form: a column is fixed
/// exactly when its pivot row has no other entry left.
QList<int> fixedUnknowns(const QList<int> &unknowns, const QList<QList<SmallCellSuppression::Term>> &rows)
{
    QHash<int, int> column;
    for (int i = 0; i < unknowns.size(); ++i)
        column.insert(unknowns.at(i), i);
    const int width = int(unknowns.size());
    QList<QList<Residue>> matrix;
    for (const QList<SmallCellSuppression::Term> &row : rows) {
        QList<Residue> values(width, 0);
        for (const SmallCellSuppression::Term &term : row) {
            const auto it = column.constFind(term.cell);
            if (it != column.cend())
                values[*it] = (values[*it] + reduce(term.coefficient)) % prime;
        }
        matrix.append(values);
    }
    QList<int> pivotColumns;
    int pivotRow = 0;
    for (int col = 0; col < width && pivotRow < matrix.size(); ++col) {
        int found = -1;
        for (int r = pivotRow; r < matrix.size(); ++r) {
            if (matrix[r][col] != 0) {
                found = r;
                break;
            }
        }
        if (found < 0)
            continue;
        matrix.swapItemsAt(pivotRow, found);
        const Residue scale = inverse(matrix[pivotRow][col]);
        for (int c = col; c < width; ++c)
            matrix[pivotRow][c] = multiply(matrix[pivotRow][c], scale);
        for (int r = 0; r < matrix.size(); ++r) {
            if (r == pivotRow || matrix[r][col] == 0)
                continue;
            const Residue factor = matrix[r][col];
            for (int c = col; c < width; ++c)
                matrix[r][c] = subtract(matrix[r][c], multiply(factor, matrix[pivotRow][c]));
        }
        pivotColumns.append(col);
        ++pivotRow;
    }
    QList<int> fixed;
    for (int r = 0; r < pivotColumns.size(); ++r) {
        const bool alone = std::count_if(matrix[r].cbegin(), matrix[r].cend(), [](Residue v) { return v != 0; }) == 1;
        if (alone)
            fixed.append(unknowns.at(pivotColumns.at(r)));
    }
    return fixed;
}

} // namespace

SmallCellSuppression::SmallCellSuppression(qint64 smallestShown)
    : m_smallestShown(smallestShown)
{ }

int SmallCellSuppression::addCell(qint64 count, bool published)
{
    m_counts.append(count);
    m_published.append(published);
    m_hidden.append(false);
    m_equationsOfCell.append(QList<int>());
    return int(m_counts.size() - 1);
}

void SmallCellSuppression::addSum(int whole, const QList<int> &parts)
{
    QList<Term> terms{{whole, -1}};
    for (int part : parts)
        terms.append({part, 1});
    addEquation(terms);
}

void SmallCellSuppression::addEquation(const QList<Term> &terms)
{
    const int index = int(m_equations.size());
    m_equations.append(terms);
    for (const Term &term : terms) {
        if (!m_equationsOfCell[term.cell].contains(index))
            m_equationsOfCell[term.cell].append(index);
    }
}

QList<int> SmallCellSuppression::recoverable() const
{
    return recoverable(m_hidden);
}

QList<int> SmallCellSuppression::recoverable(const QList<bool> &hidden) const
{
    const auto unknown = [&](int cell) { return !m_published.at(cell) || hidden.at(cell); };
    Groups groups(m_counts.size());
    for (const QList<Term> &equation : m_equations) {
        int first = -1;
        for (const Term &term : equation) {
            if (!unknown(term.cell))
                continue;
            if (first < 0)
                first = term.cell;
            else
                groups.join(first, term.cell);
        }
    }
    QHash<int, QList<int>> unknownsOfGroup;
    QHash<int, QList<QList<Term>>> rowsOfGroup;
    for (int cell = 0; cell < m_counts.size(); ++cell) {
        if (unknown(cell) && !m_equationsOfCell.at(cell).isEmpty())
            unknownsOfGroup[groups.find(cell)].append(cell);
    }
    for (const QList<Term> &equation : m_equations) {
        for (const Term &term : equation) {
            if (unknown(term.cell)) {
                rowsOfGroup[groups.find(term.cell)].append(equation);
                break;
            }
        }
    }
    QList<int> result;
    for (auto it = unknownsOfGroup.cbegin(); it != unknownsOfGroup.cend(); ++it) {
        const bool anyPublished = std::any_of(it->cbegin(), it->cend(), [&](int cell) { return m_published.at(cell); });
        if (!anyPublished)
            continue;
        for (int cell : fixedUnknowns(*it, rowsOfGroup.value(it.key()))) {
            if (m_published.at(cell))
                result.append(cell);
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

QList<int> SmallCellSuppression::secondaryCandidates(int cell) const
{
    // The shown counts of the cell's own equations first, then those of every equation reached through
    // other unknowns (hidden or unpublished cells); each part smallest first.
    const auto bySize = [this](int a, int b) {
        return m_counts.at(a) != m_counts.at(b) ? m_counts.at(a) < m_counts.at(b) : a < b;
    };
    QList<int> near;
    QList<int> far;
    QList<bool> seenCell(m_counts.size(), false);
    QList<bool> seenEquation(m_equations.size(), false);
    QList<int> queue{cell};
    seenCell[cell] = true;
    for (qsizetype next = 0; next < queue.size(); ++next) {
        for (int equation : m_equationsOfCell.at(queue.at(next))) {
            if (seenEquation.at(equation))
                continue;
            seenEquation[equation] = true;
            for (const Term &term : m_equations.at(equation)) {
                if (seenCell.at(term.cell))
                    continue;
                seenCell[term.cell] = true;
                if (m_published.at(term.cell) && !m_hidden.at(term.cell))
                    (next == 0 ? near : far).append(term.cell);
                else
                    queue.append(term.cell);
            }
        }
    }
    std::sort(near.begin(), near.end(), bySize);
    std::sort(far.begin(), far.end(), bySize);
    return near + far;
}

void SmallCellSuppression::apply()
{
    for (int cell = 0; cell < m_counts.size(); ++cell)
        m_hidden[cell] = m_published.at(cell) && m_counts.at(cell) < m_smallestShown;
    // A cell the equations fix with every count hidden (one that must be 0, say) is fixed by the
    // report's shape, not by other counts: hiding more cannot help it.
    const QList<int> structural = recoverable(QList<bool>(m_counts.size(), true));
    for (qsizetype round = 0; round <= m_counts.size(); ++round) {
        QList<int> open = recoverable();
        open.removeIf([&](int cell) { return structural.contains(cell); });
        if (open.isEmpty())
            return;
        const int cell = open.constFirst();
        const QList<int> candidates = secondaryCandidates(cell);
        if (candidates.isEmpty())
            return; // cannot happen: a cell that is not fixed by the report's shape is fixed by shown counts
        int chosen = candidates.constFirst();
        for (int candidate : candidates) {
            QList<bool> trial = m_hidden;
            trial[candidate] = true;
            if (!recoverable(trial).contains(cell)) {
                chosen = candidate;
                break;
            }
        }
        m_hidden[chosen] = true;
    }
}

} // namespace ww
