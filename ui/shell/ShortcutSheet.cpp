// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ShortcutSheet.h"

#include "common/ShortcutKeys.h"
#include "shell/ShortcutIndex.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <optional>

namespace ww {

ShortcutSheet::ShortcutSheet(QWidget *window)
    : QDialog(window)
    , m_window(window)
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(u"shortcutSheet"_qs);
    setWindowTitle(tr("Keyboard shortcuts — Wegwijzer Desk"));
    setAccessibleName(tr("Keyboard shortcuts"));
    resize(720, 620);

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(u"shortcutSearch"_qs);
    m_search->setAccessibleName(tr("Search the keyboard shortcuts"));
    m_search->setAccessibleDescription(tr("Type a key or a word; the arrow down key goes to the list."));
    m_search->setPlaceholderText(tr("Type a key or a word, such as F9 or note"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setAutoAcceptChildRows(true); // "chat" lists every chat key
    m_view->setObjectName(u"shortcutView"_qs);
    m_view->setAccessibleName(tr("Keyboard shortcuts by area"));
    // Two columns from the start: the header's resize modes below need them (refresh() fills the rows).
    m_model->setHorizontalHeaderLabels({tr("Key"), tr("What it does")});
    m_view->setModel(m_filter);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutSheet::setSearch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *change = buttons->addButton(tr("&Change keys…"), QDialogButtonBox::ActionRole);
    change->setObjectName(u"changeShortcutsButton"_qs);
    change->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(change, &QPushButton::clicked, this, &ShortcutSheet::changeRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(&ShortcutKeys::instance(), &ShortcutKeys::keysChanged, this, &ShortcutSheet::refresh);
    refresh();
    m_search->setFocus();
}

void ShortcutSheet::refresh()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Key"), tr("What it does")});
    QStandardItem *group = nullptr;
    std::optional<ShortcutArea> groupArea;
    for (const ShortcutRow &row : ShortcutIndex::collect(m_window)) {
        if (groupArea != row.area) {
            groupArea = row.area;
            group = new QStandardItem(ShortcutCatalog::areaName(row.area));
            group->setAccessibleText(tr("%1 keys").arg(ShortcutCatalog::areaName(row.area)));
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            m_model->appendRow({group, new QStandardItem});
        }
        const QString keysText = row.keysText.isEmpty() ? tr("no key") : row.keysText;
        auto *keys = new QStandardItem(keysText);
        auto *what = new QStandardItem(row.description);
        // A screen reader reads a row as one sentence: the key, then what it does.
        keys->setAccessibleText(tr("%1: %2").arg(keysText, row.description));
        what->setAccessibleText(tr("%1: %2").arg(row.description, keysText));
        keys->setData(row.id, Qt::UserRole);
        group->appendRow({keys, what});
    }
    m_view->expandAll();
    if (m_filter->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_filter->index(0, 0));
}

void ShortcutSheet::setSearch(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back here through textChanged
    m_filter->setFilterFixedString(text.trimmed());
    m_view->expandAll();
}

QStringList ShortcutSheet::visibleLines() const
{
    QStringList lines;
    for (int g = 0; g < m_filter->rowCount(); ++g) {
        const QModelIndex group = m_filter->index(g, 0);
        for (int r = 0; r < m_filter->rowCount(group); ++r) {
            lines.append(m_filter->index(r, 0, group).data().toString() + u'\t'
                         + m_filter->index(r, 1, group).data().toString());
        }
    }
    return lines;
}

bool ShortcutSheet::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            m_view->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ww
