#include "participationchecklistmodel.h"

#include "domain/jsonfields.h"

#include <QCoreApplication>

#include <array>

namespace homevisit::ui {

using namespace homevisit::domain;

namespace {

constexpr auto context = "ParticipationChecklist";

enum class Kind
{
    YesNo,
    Choice,
    Multi,
    Topics
};

struct Item
{
    const char *key;
    Kind kind;
    const char *label;
    std::array<const char *, 3> fields; // the body fields whose rules belong to this item
};

// docs/domain.md, "The child-participation checklist", in its order.
constexpr std::array<Item, 8> items{{
    {"told_purpose",
     Kind::YesNo,
     QT_TRANSLATE_NOOP("ParticipationChecklist",
                       "The child was told, in an age-adapted way, why the visit happens and "
                       "what will be written down"),
     {"checklist.told_purpose", nullptr, nullptr}},
    {"spoken_alone",
     Kind::YesNo,
     QT_TRANSLATE_NOOP("ParticipationChecklist", "Conversation with the child alone"),
     {"checklist.spoken_alone", "checklist.not_alone_reason", "checklist.not_alone_reason_text"}},
    {"views",
     Kind::Topics,
     QT_TRANSLATE_NOOP("ParticipationChecklist", "The child's own views, topic by topic"),
     {"views", nullptr, nullptr}},
    {"feels_safe",
     Kind::Choice,
     QT_TRANSLATE_NOOP("ParticipationChecklist", "The child was asked whether they feel safe"),
     {"checklist.feels_safe", "checklist.concern_text", nullptr}},
    {"knows_how_to_reach",
     Kind::YesNo,
     QT_TRANSLATE_NOOP("ParticipationChecklist",
                       "The child knows how to reach their social secretary between visits"),
     {"checklist.knows_how_to_reach", nullptr, nullptr}},
    {"told_how_views_used",
     Kind::YesNo,
     QT_TRANSLATE_NOOP("ParticipationChecklist", "The child was told how their views will be used"),
     {"checklist.told_how_views_used", nullptr, nullptr}},
    {"interpreter_used",
     Kind::YesNo,
     QT_TRANSLATE_NOOP("ParticipationChecklist", "Interpreter or communication aids used"),
     {"checklist.interpreter_used", "checklist.communication_aids", nullptr}},
    {"methods",
     Kind::Multi,
     QT_TRANSLATE_NOOP("ParticipationChecklist", "Method"),
     {"checklist.methods", "checklist.method_other_text", nullptr}},
}};

constexpr int requiredItems = 3; // docs/domain.md: items 1-3 before signing

const std::array<const char *, 4> safeLabels{
    QT_TRANSLATE_NOOP("ParticipationChecklist", "Yes"),
    QT_TRANSLATE_NOOP("ParticipationChecklist", "Partly"),
    QT_TRANSLATE_NOOP("ParticipationChecklist", "No"),
    QT_TRANSLATE_NOOP("ParticipationChecklist", "Not asked")};

const std::array<const char *, 5> reasonLabels{
    QT_TRANSLATE_NOOP("ParticipationChecklist", "The child declined"),
    QT_TRANSLATE_NOOP("ParticipationChecklist", "Too young (observation instead)"),
    QT_TRANSLATE_NOOP("ParticipationChecklist", "Not judged appropriate"),
    QT_TRANSLATE_NOOP("ParticipationChecklist", "Practical obstacle"),
    QT_TRANSLATE_NOOP("ParticipationChecklist", "Interpreter missing")};

const std::array<const char *, 4> methodLabels{
    QT_TRANSLATE_NOOP("ParticipationChecklist", "Conversation"),
    QT_TRANSLATE_NOOP("ParticipationChecklist", "Play or drawing"),
    QT_TRANSLATE_NOOP("ParticipationChecklist", "Observation"),
    QT_TRANSLATE_NOOP("ParticipationChecklist", "Other")};

QString translated(const char *source)
{
    return QCoreApplication::translate(context, source);
}

// [{value, label}] in the enumeration's wire order.
template <typename Enum, std::size_t N>
QVariantList optionsOf(const std::array<const char *, N> &labels)
{
    static_assert(N == WireNames<Enum>::names.size());
    QVariantList options;
    for (std::size_t i = 0; i < N; ++i)
        options.append(QVariantMap{{QStringLiteral("value"), wireName(static_cast<Enum>(i))},
                                   {QStringLiteral("label"), translated(labels[i])}});
    return options;
}

QVariantList yesNoOptions()
{
    return {QVariantMap{{QStringLiteral("value"), QStringLiteral("yes")},
                        {QStringLiteral("label"),
                         translated(QT_TRANSLATE_NOOP("ParticipationChecklist", "Yes"))}},
            QVariantMap{{QStringLiteral("value"), QStringLiteral("no")},
                        {QStringLiteral("label"),
                         translated(QT_TRANSLATE_NOOP("ParticipationChecklist", "No"))}}};
}

QString yesNo(std::optional<bool> value)
{
    if (!value)
        return {};
    return *value ? QStringLiteral("yes") : QStringLiteral("no");
}

// "yes"/"no"/"" (unanswered) or a bool.
struct YesNoAnswer
{
    bool valid = false;
    std::optional<bool> value;
};

YesNoAnswer parseYesNo(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return {true, value.toBool()};
    const QString text = value.toString();
    if (text == u"yes")
        return {true, true};
    if (text == u"no")
        return {true, false};
    return {text.isEmpty(), std::nullopt};
}

std::optional<bool> *yesNoField(ParticipationChecklist &c, const QString &key)
{
    if (key == u"told_purpose")
        return &c.toldPurpose;
    if (key == u"spoken_alone")
        return &c.spokenAlone;
    if (key == u"knows_how_to_reach")
        return &c.knowsHowToReach;
    if (key == u"told_how_views_used")
        return &c.toldHowViewsUsed;
    if (key == u"interpreter_used")
        return &c.interpreterUsed;
    return nullptr;
}

std::optional<bool> yesNoValue(const ParticipationChecklist &c, const QString &key)
{
    return *yesNoField(const_cast<ParticipationChecklist &>(c), key);
}

QStringList fieldsOf(const Item &item)
{
    QStringList fields;
    for (const char *field : item.fields)
        if (field)
            fields << QLatin1String(field);
    return fields;
}

bool allTopicsAnswered(const ParticipationChecklist &c, const QStringList &topics)
{
    return std::all_of(topics.begin(), topics.end(), [&](const QString &topic) {
        const auto it = c.views.constFind(topic);
        return it != c.views.constEnd() && it->status.has_value();
    });
}

} // namespace

ParticipationChecklistModel::ParticipationChecklistModel(VisitDraft *draft, QObject *parent)
    : QAbstractListModel(parent), m_draft(draft)
{
    connect(draft, &VisitDraft::wasReset, this, [this] {
        m_stashedReason.reset();
        m_stashedReasonText.clear();
        emit dataChanged(index(0), index(rowCount() - 1)); // another visit: every role
        refresh();
    });
    connect(draft, &VisitDraft::edited, this, &ParticipationChecklistModel::refresh);
}

void ParticipationChecklistModel::refresh()
{
    // The rows are fixed; only the answers change, so views keep their delegates (and
    // the focus and cursor of a field being typed in). The questions and the options
    // are left out: a view would rebuild its answer buttons, and the focus with them.
    static const QList<int> answerRoles{
        AnsweredRole,   DoneRole,          ValueRole,          ProblemsRole,
        SummaryRole,    ReasonVisibleRole, ReasonRole,         ReasonTextVisibleRole,
        ReasonTextRole, DetailVisibleRole, DetailRequiredRole, DetailTextRole};
    m_changedRows.update(*this, answerRoles);
    emit changed();
}

int ParticipationChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(items.size());
}

int ParticipationChecklistModel::rowOf(const QString &key) const
{
    for (std::size_t i = 0; i < items.size(); ++i)
        if (key == QLatin1String(items[i].key))
            return int(i);
    return -1;
}

QVariant ParticipationChecklistModel::answerValue(int row) const
{
    const ParticipationChecklist &c = m_draft->visit().checklist;
    const Item &item = items[row];
    switch (item.kind) {
    case Kind::YesNo:
        return yesNo(yesNoValue(c, QLatin1String(item.key)));
    case Kind::Choice:
        return c.feelsSafe ? wireName(*c.feelsSafe) : QString();
    case Kind::Multi: {
        QStringList methods;
        for (ParticipationMethod m : c.methods)
            methods << wireName(m);
        return methods;
    }
    case Kind::Topics:
        return QString();
    }
    return {};
}

bool ParticipationChecklistModel::answered(int row) const
{
    const Item &item = items[row];
    if (item.kind == Kind::Topics)
        return allTopicsAnswered(m_draft->visit().checklist, m_draft->settings().viewTopics);
    if (item.kind == Kind::Multi)
        return !m_draft->visit().checklist.methods.isEmpty();
    return !answerValue(row).toString().isEmpty();
}

QStringList ParticipationChecklistModel::problems(int row) const
{
    QStringList sentences;
    for (const RuleViolation &v : m_draft->violationsOf(fieldsOf(items[row])))
        sentences << v.message();
    return sentences;
}

int ParticipationChecklistModel::requiredOpen() const
{
    if (!m_draft)
        return 0;
    int open = 0;
    for (int row = 0; row < requiredItems; ++row)
        open += answered(row) ? 0 : 1;
    return open;
}

QVariant ParticipationChecklistModel::reasonData(int role) const
{
    const ParticipationChecklist &c = m_draft->visit().checklist;
    switch (role) {
    case ReasonVisibleRole:
        return c.spokenAlone == false;
    case ReasonRole:
        return c.notAloneReason ? wireName(*c.notAloneReason) : QString();
    case ReasonOptionsRole:
        return optionsOf<NotAloneReason>(reasonLabels);
    case ReasonTextVisibleRole:
        return c.spokenAlone == false && c.notAloneReason && reasonNeedsText(*c.notAloneReason);
    case ReasonTextRole:
        return c.notAloneReasonText;
    }
    return {};
}

QVariant ParticipationChecklistModel::detailData(int row, int role) const
{
    const ParticipationChecklist &c = m_draft->visit().checklist;
    const QString key = QLatin1String(items[row].key);
    bool visible = false, required = false;
    QString label, text;
    if (key == u"feels_safe") {
        required = c.raisesConcern();
        visible = required || !c.concernText.isEmpty();
        label = translated(QT_TRANSLATE_NOOP("ParticipationChecklist", "Describe the concern"));
        text = c.concernText;
    } else if (key == u"interpreter_used") {
        visible = c.interpreterUsed.has_value() || !c.communicationAids.isEmpty();
        label = translated(
            QT_TRANSLATE_NOOP("ParticipationChecklist", "Which interpreter or communication aids"));
        text = c.communicationAids;
    } else if (key == u"methods") {
        required = c.methods.contains(ParticipationMethod::Other);
        visible = required || !c.methodOtherText.isEmpty();
        label =
            translated(QT_TRANSLATE_NOOP("ParticipationChecklist", "Describe the other method"));
        text = c.methodOtherText;
    }
    switch (role) {
    case DetailVisibleRole:
        return visible;
    case DetailRequiredRole:
        return required;
    case DetailLabelRole:
        return label;
    case DetailTextRole:
        return text;
    }
    return {};
}

QVariant ParticipationChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!m_draft ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Item &item = items[row];
    switch (role) {
    case KeyRole:
        return QString::fromLatin1(item.key);
    case NumberRole:
        return row + 1;
    case Qt::DisplayRole:
    case LabelRole:
        return translated(item.label);
    case RequiredRole:
        return row < requiredItems;
    case AnsweredRole:
        return answered(row);
    case DoneRole:
        return answered(row) && problems(row).isEmpty();
    case KindRole: {
        static constexpr std::array<const char *, 4> kinds{"yes_no", "choice", "multi", "topics"};
        return QString::fromLatin1(kinds[std::size_t(item.kind)]);
    }
    case ValueRole:
        return answerValue(row);
    case OptionsRole:
        if (item.kind == Kind::YesNo)
            return yesNoOptions();
        if (item.kind == Kind::Choice)
            return optionsOf<FeelsSafe>(safeLabels);
        if (item.kind == Kind::Multi)
            return optionsOf<ParticipationMethod>(methodLabels);
        return QVariantList();
    case ProblemsRole:
        return problems(row);
    case SummaryRole: {
        if (item.kind != Kind::Topics)
            return QString();
        const QStringList topics = m_draft->settings().viewTopics;
        const auto &views = m_draft->visit().checklist.views;
        const auto done = std::count_if(topics.begin(), topics.end(), [&](const QString &t) {
            return views.contains(t) && views.value(t).status.has_value();
        });
        return QCoreApplication::translate("ParticipationChecklist", "%1 of %2 topics answered")
            .arg(done)
            .arg(topics.size());
    }
    case ReasonVisibleRole:
    case ReasonRole:
    case ReasonOptionsRole:
    case ReasonTextVisibleRole:
    case ReasonTextRole:
        if (QLatin1String(item.key) == "spoken_alone")
            return reasonData(role);
        // Typed empties: the delegate's required properties refuse an undefined.
        if (role == ReasonVisibleRole || role == ReasonTextVisibleRole)
            return false;
        return role == ReasonOptionsRole ? QVariant(QVariantList()) : QVariant(QString());
    case DetailVisibleRole:
    case DetailRequiredRole:
    case DetailLabelRole:
    case DetailTextRole:
        return detailData(row, role);
    default:
        return {};
    }
}

QHash<int, QByteArray> ParticipationChecklistModel::roleNames() const
{
    return {{KeyRole, "key"},
            {NumberRole, "number"},
            {LabelRole, "label"},
            {RequiredRole, "required"},
            {AnsweredRole, "answered"},
            {DoneRole, "done"},
            {KindRole, "kind"},
            {ValueRole, "value"},
            {OptionsRole, "options"},
            {ProblemsRole, "problems"},
            {SummaryRole, "summary"},
            {ReasonVisibleRole, "reasonVisible"},
            {ReasonRole, "reason"},
            {ReasonOptionsRole, "reasonOptions"},
            {ReasonTextVisibleRole, "reasonTextVisible"},
            {ReasonTextRole, "reasonText"},
            {DetailVisibleRole, "detailVisible"},
            {DetailRequiredRole, "detailRequired"},
            {DetailLabelRole, "detailLabel"},
            {DetailTextRole, "detailText"}};
}

bool ParticipationChecklistModel::setAnswer(const QString &key, const QVariant &value)
{
    if (!m_draft || m_draft->readOnly())
        return false;
    if (key == u"feels_safe") {
        const QString name = value.toString();
        const auto safe = fromWireName<FeelsSafe>(name);
        if (!safe && !name.isEmpty())
            return false;
        m_draft->edit([&](ChildVisit &v) { v.checklist.feelsSafe = safe; });
        return true;
    }
    ParticipationChecklist probe;
    const auto answer = parseYesNo(value);
    if (!yesNoField(probe, key) || !answer.valid)
        return false;
    m_draft->edit([&](ChildVisit &v) {
        ParticipationChecklist &c = v.checklist;
        *yesNoField(c, key) = answer.value;
        if (key != u"spoken_alone")
            return;
        if (c.spokenAlone == true && c.notAloneReason) {
            // A reason beside "spoken alone: yes" breaks a rule; keep it aside instead.
            m_stashedReason = std::exchange(c.notAloneReason, std::nullopt);
            m_stashedReasonText = std::exchange(c.notAloneReasonText, QString());
        } else if (c.spokenAlone == false && !c.notAloneReason && m_stashedReason) {
            c.notAloneReason = std::exchange(m_stashedReason, std::nullopt);
            c.notAloneReasonText = std::exchange(m_stashedReasonText, QString());
        }
    });
    return true;
}

bool ParticipationChecklistModel::setMethod(const QString &method, bool used)
{
    const auto chosen = fromWireName<ParticipationMethod>(method);
    if (!m_draft || m_draft->readOnly() || !chosen)
        return false;
    m_draft->edit([&](ChildVisit &v) {
        QList<ParticipationMethod> &methods = v.checklist.methods;
        if (!used) {
            methods.removeAll(*chosen);
        } else if (!methods.contains(*chosen)) {
            methods.append(*chosen);
            std::sort(methods.begin(), methods.end()); // one canonical order
        }
    });
    return true;
}

bool ParticipationChecklistModel::setReason(const QString &reason)
{
    const auto chosen = fromWireName<NotAloneReason>(reason);
    if (!m_draft || m_draft->readOnly() || (!chosen && !reason.isEmpty()))
        return false;
    if (m_draft->visit().checklist.spokenAlone != false)
        return false; // a reason belongs to "not spoken alone" only
    m_draft->edit([&](ChildVisit &v) { v.checklist.notAloneReason = chosen; });
    return true;
}

bool ParticipationChecklistModel::setReasonText(const QString &text)
{
    if (!m_draft || m_draft->readOnly())
        return false;
    m_draft->edit([&](ChildVisit &v) { v.checklist.notAloneReasonText = text; });
    return true;
}

bool ParticipationChecklistModel::setDetailText(const QString &key, const QString &text)
{
    if (!m_draft || m_draft->readOnly())
        return false;
    QString ParticipationChecklist::*field = nullptr;
    if (key == u"feels_safe")
        field = &ParticipationChecklist::concernText;
    else if (key == u"interpreter_used")
        field = &ParticipationChecklist::communicationAids;
    else if (key == u"methods")
        field = &ParticipationChecklist::methodOtherText;
    if (!field)
        return false;
    m_draft->edit([&](ChildVisit &v) { v.checklist.*field = text; });
    return true;
}

QString ParticipationChecklistModel::itemTitleForField(const QString &field)
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        for (const QString &prefix : fieldsOf(items[i])) {
            if (field == prefix || field.startsWith(prefix + u'.'))
                return QStringLiteral("%1. %2").arg(i + 1).arg(translated(items[i].label));
        }
    }
    return {};
}

} // namespace homevisit::ui
