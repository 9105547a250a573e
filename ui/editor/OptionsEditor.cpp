// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/OptionsEditor.h"

#include "Vocabulary.h"
#include "common/CaseLabels.h"
#include "editor/DraftEditor.h"
#include "editor/FormFields.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ww {

namespace {

const QStringList SetsFields = {u"callerRole"_qs, u"schoolType"_qs, u"theme"_qs, u"routeStage"_qs};

} // namespace

OptionsEditor::OptionsEditor(DraftEditor &editor, QWidget *parent)
    : QGroupBox(tr("Answers"), parent)
    , m_editor(editor)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
    , m_id(FormFields::lineEdit(this, u"optionIdEdit"_qs, tr("Answer id")))
    , m_labelNl(FormFields::lineEdit(this, u"optionLabelNlEdit"_qs, tr("Answer in Dutch")))
    , m_labelEn(FormFields::lineEdit(this, u"optionLabelEnEdit"_qs, tr("Answer in English")))
    , m_next(new QComboBox(this))
{
    setObjectName(u"optionsEditor"_qs);
    setAccessibleName(tr("Answers"));
    m_list->setObjectName(u"optionList"_qs);
    m_list->setAccessibleName(tr("Answers of this question"));
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 6 + 8);
    m_add->setObjectName(u"addOptionButton"_qs);
    m_remove->setObjectName(u"removeOptionButton"_qs);
    m_up->setObjectName(u"optionUpButton"_qs);
    m_down->setObjectName(u"optionDownButton"_qs);
    m_next->setObjectName(u"optionNextCombo"_qs);
    m_next->setAccessibleName(tr("Leads to node"));

    auto *buttons = new QHBoxLayout;
    m_add->setAccessibleName(tr("Add answer"));
    m_remove->setAccessibleName(tr("Remove answer"));
    m_up->setAccessibleName(tr("Answer up"));
    m_down->setAccessibleName(tr("Answer down"));
    for (QPushButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Answer i&d:"), m_id);
    form->addRow(tr("Answer (Dutch):"), m_labelNl);
    form->addRow(tr("Answer (English):"), m_labelEn);
    form->addRow(tr("Leads t&o:"), m_next);
    const QStringList setsLabels
            = {tr("Sets caller:"), tr("Sets school type:"), tr("Sets theme:"), tr("Sets route stage:")};
    const QList<const QStringList *> codes = {&Vocabulary::callerRoles(), &Vocabulary::schoolTypes(),
                                              &Vocabulary::themes(), &Vocabulary::routeStages()};
    const QList<QString (*)(const QString &)> names
            = {&CaseLabels::callerRole, &CaseLabels::schoolType, &CaseLabels::theme, &CaseLabels::routeStage};
    for (qsizetype i = 0; i < SetsFields.size(); ++i) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(SetsFields[i] + u"Combo"_qs);
        combo->setAccessibleName(QString(setsLabels[i]).remove(u':'));
        combo->addItem(tr("(nothing)"), QString());
        for (const QString &code : *codes[i])
            combo->addItem(u"%1 (%2)"_qs.arg(names[i](code), code), code);
        form->addRow(setsLabels[i], combo);
        m_sets.append(combo);
        connect(combo, &QComboBox::activated, this, [this, i, combo] {
            const int option = currentOption();
            const QString code = combo->currentData().toString();
            edit(int(DraftEditKind::OptionSets), tr("Change the fields answer %1 fills in").arg(option + 1),
                 [&](TreeDraft &d, QString *e) { return d.setOptionSets(m_nodeId, option, SetsFields[i], code, e); });
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addLayout(form);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] { refresh(); });
    connect(m_add, &QPushButton::clicked, this, &OptionsEditor::addOption);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int option = currentOption();
        edit(int(DraftEditKind::RemoveOption), tr("Remove answer %1 of %2").arg(option + 1).arg(m_nodeId),
             [&](TreeDraft &d, QString *e) { return d.removeOption(m_nodeId, option, e); });
    });
    const auto move = [this](int delta) {
        const int option = currentOption();
        edit(int(DraftEditKind::MoveOption), tr("Move answer %1 of %2").arg(option + 1).arg(m_nodeId),
             [&](TreeDraft &d, QString *e) { return d.moveOption(m_nodeId, option, delta, e); });
        setCurrentOption(option + delta);
    };
    connect(m_up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [move] { move(1); });
    connect(m_id, &QLineEdit::editingFinished, this, [this] {
        const int option = currentOption();
        const QString id = m_id->text().trimmed();
        if (option < 0 || id == m_editor.draft().options(m_nodeId).at(option).toObject().value(u"id").toString())
            return;
        if (!m_editor.apply(DraftEditKind::OptionId, tr("Rename answer %1").arg(option + 1),
                            [&](TreeDraft &d, QString *e) { return d.setOptionId(m_nodeId, option, id, e); }))
            refresh();
    });
    for (auto [field, language] : {std::pair{m_labelNl, u"nl"_qs}, std::pair{m_labelEn, u"en"_qs}}) {
        connect(field, &QLineEdit::textEdited, this, [this, language](const QString &value) {
            const int option = currentOption();
            const DraftText where{m_nodeId, DraftText::Field::OptionLabel, option};
            edit(
                    int(DraftEditKind::Text), tr("Edit answer %1 of %2").arg(option + 1).arg(m_nodeId),
                    [&](TreeDraft &d, QString *e) { return d.setText(where, language, value, e); },
                    u"label/%1/%2/%3"_qs.arg(m_nodeId).arg(option).arg(language));
        });
    }
    connect(m_next, &QComboBox::activated, this, [this] {
        const int option = currentOption();
        const QString next = m_next->currentData().toString();
        edit(int(DraftEditKind::OptionTarget), tr("Point answer %1 of %2 to %3").arg(option + 1).arg(m_nodeId, next),
             [&](TreeDraft &d, QString *e) { return d.setOptionNext(m_nodeId, option, next, e); });
    });
}

void OptionsEditor::edit(int kind, const QString &text, const std::function<bool(TreeDraft &, QString *)> &change,
                         const QString &mergeKey)
{
    if (!m_nodeId.isEmpty())
        m_editor.apply(DraftEditKind(kind), text, change, mergeKey);
}

void OptionsEditor::addOption()
{
    const TreeDraft &draft = m_editor.draft();
    const QString nodeId = m_nodeId;
    // A new answer needs somewhere to go: a new, empty outcome, which validation asks to fill in.
    const QString target = draft.freeNodeId(nodeId + u"-uitkomst"_qs);
    QString optionId = u"antwoord"_qs;
    QStringList taken;
    for (const QJsonValue &option : draft.options(nodeId))
        taken.append(option.toObject().value(u"id").toString());
    for (int n = 2; taken.contains(optionId); ++n)
        optionId = u"antwoord-%1"_qs.arg(n);
    const bool added = m_editor.apply(DraftEditKind::AddOption, tr("Add answer to %1").arg(nodeId),
                                      [&](TreeDraft &d, QString *e) {
                                          return d.addNode(target, NodeKind::Outcome, tr("New outcome"), e)
                                                  && d.addOption(nodeId, optionId, tr("New answer"), target, e);
                                      });
    if (added) {
        setCurrentOption(int(m_editor.draft().options(nodeId).size()) - 1);
        m_labelNl->setFocus(Qt::OtherFocusReason);
        m_labelNl->selectAll();
    }
}

void OptionsEditor::showNode(const QString &nodeId)
{
    m_nodeId = nodeId;
    m_list->setCurrentRow(-1);
    refresh();
}

int OptionsEditor::currentOption() const
{
    return m_list->currentRow();
}

void OptionsEditor::setCurrentOption(int index)
{
    if (index >= 0 && index < m_list->count())
        m_list->setCurrentRow(index);
}

void OptionsEditor::refresh()
{
    const TreeDraft &draft = m_editor.draft();
    const QJsonArray options = draft.options(m_nodeId);
    {
        const QSignalBlocker quiet(m_list);
        const int current = m_list->currentRow();
        m_list->clear();
        for (qsizetype i = 0; i < options.size(); ++i) {
            const QJsonObject option = options.at(i).toObject();
            m_list->addItem(u"%1. %2 → %3"_qs.arg(i + 1).arg(option.value(u"label").toObject().value(u"nl").toString(),
                                                             option.value(u"next").toString()));
        }
        m_list->setCurrentRow(std::min(current < 0 ? 0 : current, int(options.size()) - 1));
    }
    const int index = currentOption();
    const QJsonObject option = index >= 0 ? options.at(index).toObject() : QJsonObject();
    const bool any = index >= 0;
    for (QWidget *field : std::initializer_list<QWidget *>{m_remove, m_id, m_labelNl, m_labelEn, m_next})
        field->setEnabled(any);
    m_up->setEnabled(index > 0);
    m_down->setEnabled(any && index + 1 < options.size());
    m_add->setEnabled(options.size() < 9); // the keys 1–9
    FormFields::show(m_id, option.value(u"id").toString());
    FormFields::show(m_labelNl, option.value(u"label").toObject().value(u"nl").toString());
    FormFields::show(m_labelEn, option.value(u"label").toObject().value(u"en").toString());
    {
        const QSignalBlocker quiet(m_next);
        m_next->clear();
        for (const QString &id : draft.nodeIds()) {
            if (id != m_nodeId)
                m_next->addItem(id, id);
        }
    }
    FormFields::show(m_next, option.value(u"next").toString());
    for (qsizetype i = 0; i < m_sets.size(); ++i) {
        m_sets[i]->setEnabled(any);
        FormFields::show(m_sets[i], option.value(u"sets").toObject().value(SetsFields[i]).toString());
    }
}

} // namespace ww
