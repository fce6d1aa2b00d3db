#include "recordsections.h"

#include "domain/amendment.h"
#include "domain/childvisit.h"
#include "domain/review.h"
#include "domain/supervisionsession.h"
#include "ui/supervision/supportformsmodel.h"
#include "ui/visit/childvisiteditor.h"
#include "ui/visit/participationchecklistmodel.h"
#include "ui/visit/viewtopicsmodel.h"
#include "ui/visit/visitdraft.h"

#include <QCoreApplication>
#include <QDateTime>

namespace homevisit::ui {

using namespace homevisit::domain;

namespace {

constexpr auto context = "RecordViewer";
using Roles = ParticipationChecklistModel::Roles;

QString translated(const char *source)
{
    return QCoreApplication::translate(context, source);
}

RecordSection heading(const char *label)
{
    return {QStringLiteral("heading"), translated(label), {}, {}, {}, {}};
}

// A free text is only shown when something was written.
void addText(QList<RecordSection> &out, const char *label, const QString &value,
             const QString &kind = QStringLiteral("text"))
{
    if (!value.trimmed().isEmpty())
        out.append({kind, translated(label), value, {}, {}, {}});
}

QString dateTimeText(const QDateTime &at)
{
    return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString period(const QDateTime &start, const QDateTime &end)
{
    QString text = dateTimeText(start);
    if (end.isValid())
        text += QStringLiteral("–") + end.toString(QStringLiteral("HH:mm"));
    return text;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// The label of `value` among [{value, label}] options.
QString optionLabel(const QVariantList &options, const QString &value)
{
    for (const QVariant &o : options) {
        const QVariantMap option = o.toMap();
        if (option.value(QStringLiteral("value")).toString() == value)
            return option.value(QStringLiteral("label")).toString();
    }
    return value;
}

QString notAnswered()
{
    return translated(QT_TRANSLATE_NOOP("RecordViewer", "Not answered"));
}

// One checklist item: the question, the answer in words, and what follows from it.
RecordSection checklistSection(const QModelIndex &i)
{
    const QString kind = i.data(Roles::KindRole).toString();
    const QVariantList options = i.data(Roles::OptionsRole).toList();
    QString value;
    if (kind == u"topics") {
        value = i.data(Roles::SummaryRole).toString();
    } else if (kind == u"multi") {
        QStringList labels;
        for (const QString &v : i.data(Roles::ValueRole).toStringList())
            labels << optionLabel(options, v);
        value = labels.join(QStringLiteral(", "));
    } else {
        value = optionLabel(options, i.data(Roles::ValueRole).toString());
    }
    RecordSection s{QStringLiteral("answer"),
                    QStringLiteral("%1. %2")
                        .arg(i.data(Roles::NumberRole).toInt())
                        .arg(i.data(Roles::LabelRole).toString()),
                    value.isEmpty() ? notAnswered() : value,
                    {},
                    {},
                    {}};
    if (i.data(Roles::ReasonVisibleRole).toBool()) {
        const QString reason = i.data(Roles::ReasonRole).toString();
        s.detail = reason.isEmpty()
                       ? translated(QT_TRANSLATE_NOOP("RecordViewer", "No reason given"))
                       : optionLabel(i.data(Roles::ReasonOptionsRole).toList(), reason);
        if (const QString why = i.data(Roles::ReasonTextRole).toString(); !why.isEmpty())
            s.detail += QStringLiteral(": ") + why;
    }
    if (i.data(Roles::DetailVisibleRole).toBool() &&
        !i.data(Roles::DetailTextRole).toString().isEmpty())
        s.detail = i.data(Roles::DetailLabelRole).toString() + QStringLiteral(": ") +
                   i.data(Roles::DetailTextRole).toString();
    // The child did not say they feel safe: the answer that reaches the supervisor first.
    if (i.data(Roles::KeyRole).toString() == u"feels_safe" &&
        (i.data(Roles::ValueRole).toString() == u"no" ||
         i.data(Roles::ValueRole).toString() == u"partly"))
        s.kind = QStringLiteral("warning");
    return s;
}

void addChecklist(QList<RecordSection> &out, VisitDraft &draft)
{
    out.append(heading(QT_TRANSLATE_NOOP("RecordViewer", "The child's participation")));
    ParticipationChecklistModel checklist(&draft);
    for (int row = 0; row < checklist.rowCount(); ++row)
        out.append(checklistSection(checklist.index(row)));
}

void addViews(QList<RecordSection> &out, VisitDraft &draft)
{
    out.append(heading(QT_TRANSLATE_NOOP("RecordViewer", "The child's views")));
    ViewTopicsModel topics(&draft);
    using T = ViewTopicsModel::Roles;
    for (int row = 0; row < topics.rowCount(); ++row) {
        const QModelIndex i = topics.index(row);
        const QString status = i.data(T::StatusRole).toString();
        RecordSection s{QStringLiteral("words"),
                        capitalized(i.data(T::LabelRole).toString()),
                        i.data(T::ChildWordsRole).toString(),
                        i.data(T::NotesRole).toString(),
                        {},
                        {}};
        if (status != u"discussed") {
            s.kind = QStringLiteral("answer");
            s.value = status == u"not_discussed"
                          ? translated(QT_TRANSLATE_NOOP("RecordViewer", "Not discussed"))
                          : notAnswered();
        }
        out.append(s);
    }
}

void addChildAnswers(QList<RecordSection> &out, const ChildVisit &visit)
{
    if (visit.childAnswers.isEmpty())
        return;
    out.append(heading(QT_TRANSLATE_NOOP("RecordViewer", "The child's own answers")));
    for (const ChildAnswer &a : visit.childAnswers) {
        const QString score = a.score
                                  ? translated(QT_TRANSLATE_NOOP("RecordViewer", "%1 of %2"))
                                        .arg(*a.score)
                                        .arg(ChildAnswer::maxScore)
                                  : translated(QT_TRANSLATE_NOOP("RecordViewer", "No face chosen"));
        out.append({QStringLiteral("words"), a.question, a.words, score, {}, {}});
    }
}

void addOutcome(QList<RecordSection> &out, const ChildVisit &visit)
{
    out.append(heading(QT_TRANSLATE_NOOP("RecordViewer", "Observations and actions")));
    addText(out, QT_TRANSLATE_NOOP("RecordViewer", "Observations"), visit.observations);
    addText(out, QT_TRANSLATE_NOOP("RecordViewer", "Agreed actions"), visit.agreedActions);
    addText(out, QT_TRANSLATE_NOOP("RecordViewer", "Next planned visit"),
            dateText(visit.nextPlannedVisit));
    if (visit.concernRaised)
        addText(
            out, QT_TRANSLATE_NOOP("RecordViewer", "Concern"),
            translated(QT_TRANSLATE_NOOP("RecordViewer", "The social secretary raised a concern.")),
            QStringLiteral("warning"));
}

} // namespace

QList<RecordSection> childVisitSections(const QJsonObject &body, const DomainSettings &settings)
{
    const ChildVisit visit = ChildVisit::fromJson(body);
    QList<RecordSection> out{heading(QT_TRANSLATE_NOOP("RecordViewer", "The visit"))};
    addText(out, QT_TRANSLATE_NOOP("RecordViewer", "Time"), period(visit.startedAt, visit.endedAt));
    QString place =
        visit.place ? optionLabel(ChildVisitEditor::placeOptions(), wireName(*visit.place)) : "";
    if (!visit.placeText.isEmpty())
        place += (place.isEmpty() ? QString() : QStringLiteral(": ")) + visit.placeText;
    addText(out, QT_TRANSLATE_NOOP("RecordViewer", "Place"), place);
    addText(out, QT_TRANSLATE_NOOP("RecordViewer", "Participants"),
            visit.participants.join(QStringLiteral(", ")));
    // The editor's own models over a read-only copy: the page and the editor word the
    // questions and answers alike.
    VisitDraft draft;
    draft.reset(visit, settings, true);
    addChecklist(out, draft);
    addViews(out, draft);
    addChildAnswers(out, visit);
    addOutcome(out, visit);
    return out;
}

QList<RecordSection> supervisionSections(const QJsonObject &body)
{
    const SupervisionSession s = SupervisionSession::fromJson(body);
    QList<RecordSection> out{heading(QT_TRANSLATE_NOOP("RecordViewer", "The session"))};
    QString when = dateText(s.date);
    if (s.startedAt.isValid())
        when += QStringLiteral(" ") + s.startedAt.toString(QStringLiteral("HH:mm"));
    if (s.endedAt.isValid())
        when += QStringLiteral("–") + s.endedAt.toString(QStringLiteral("HH:mm"));
    addText(out, QT_TRANSLATE_NOOP("RecordViewer", "Time"), when);
    addText(out, QT_TRANSLATE_NOOP("RecordViewer", "Participants"),
            s.participants.join(QStringLiteral(", ")));
    QStringList forms;
    for (SupportForm form : s.supportForms)
        forms << SupportFormsModel::label(form);
    addText(out, QT_TRANSLATE_NOOP("RecordViewer", "Forms of support"),
            forms.join(QStringLiteral(", ")));
    addText(out, QT_TRANSLATE_NOOP("RecordViewer", "Themes"), s.themes);
    addText(out, QT_TRANSLATE_NOOP("RecordViewer", "The family's needs"), s.familyNeeds);
    addText(out, QT_TRANSLATE_NOOP("RecordViewer", "Agreed actions"), s.agreedActions);
    addText(out, QT_TRANSLATE_NOOP("RecordViewer", "Next session"), dateText(s.nextSession));
    if (s.familyRating && s.familyRating->score) {
        RecordSection rating{
            QStringLiteral("words"),
            translated(QT_TRANSLATE_NOOP("RecordViewer", "The family's rating of the support")),
            s.familyRating->comment,
            translated(QT_TRANSLATE_NOOP("RecordViewer", "%1 of %2"))
                .arg(*s.familyRating->score)
                .arg(FamilyRating::maxScore),
            {},
            {}};
        out.append(rating);
    }
    return out;
}

RecordSection amendmentSection(const store::StoredRecord &amendment, const QString &ownDevice)
{
    const Amendment a = Amendment::fromJson(amendment.body);
    return {QStringLiteral("amendment"),
            translated(QT_TRANSLATE_NOOP("RecordViewer", "Amendment")),
            a.text,
            a.reason,
            timeText(amendment.signedAt),
            amendment.authorLabel(),
            signatureSentence(amendment, ownDevice),
            amendment.signatureState != store::SignatureState::Invalid};
}

RecordSection reviewSection(const store::StoredRecord &review, const QString &ownDevice)
{
    const Review r = Review::fromJson(review.body);
    return {QStringLiteral("review"),
            reviewDecisionLabel(r.decision ? wireName(*r.decision) : QString()),
            r.comment,
            r.decision ? wireName(*r.decision) : QString(),
            timeText(review.signedAt),
            review.authorLabel(),
            signatureSentence(review, ownDevice),
            review.signatureState != store::SignatureState::Invalid};
}

QString shortDeviceId(const QString &deviceId)
{
    return deviceId.left(4) + QStringLiteral("…");
}

QString signatureSentence(const store::StoredRecord &record, const QString &ownDevice)
{
    using State = store::SignatureState;
    const bool here = record.device == ownDevice;
    switch (record.signatureState) {
    case State::None:
        break;
    case State::Valid:
        return here ? translated(
                          QT_TRANSLATE_NOOP("RecordViewer",
                                            "Signed by %1 on this tablet – the signature holds"))
                          .arg(record.authorLabel())
                    : translated(
                          QT_TRANSLATE_NOOP("RecordViewer",
                                            "Signed by %1 on tablet %2 – the signature holds"))
                          .arg(record.authorLabel(), shortDeviceId(record.device));
    case State::Invalid:
        return translated(QT_TRANSLATE_NOOP(
            "RecordViewer", "The signature does not hold – the record is not shown as genuine"));
    case State::Legacy:
        return translated(QT_TRANSLATE_NOOP("RecordViewer", "Signed before signatures existed"));
    case State::Unverified:
        return translated(QT_TRANSLATE_NOOP("RecordViewer",
                                            "Signed by %1 on tablet %2 – the signature cannot be "
                                            "checked on this tablet yet"))
            .arg(record.authorLabel(), shortDeviceId(record.device));
    }
    return {};
}

QString signatureWarning(const store::StoredRecord &record)
{
    return record.signatureState == store::SignatureState::Invalid
               ? translated(
                     QT_TRANSLATE_NOOP("RecordViewer", "The signature does not hold – not genuine"))
               : QString();
}

QString reviewDecisionLabel(const QString &decision)
{
    if (decision == u"signed_off")
        return translated(QT_TRANSLATE_NOOP("RecordViewer", "Signed off"));
    if (decision == u"returned")
        return translated(QT_TRANSLATE_NOOP("RecordViewer", "Returned for completion"));
    if (decision == u"comment")
        return translated(QT_TRANSLATE_NOOP("RecordViewer", "Comment"));
    return translated(QT_TRANSLATE_NOOP("RecordViewer", "Not reviewed"));
}

QString recordKindLabel(RecordKind kind)
{
    switch (kind) {
    case RecordKind::ChildVisit:
        return translated(QT_TRANSLATE_NOOP("RecordViewer", "Child visit"));
    case RecordKind::SupervisionSession:
        return translated(QT_TRANSLATE_NOOP("RecordViewer", "Supervision session"));
    case RecordKind::Amendment:
        return translated(QT_TRANSLATE_NOOP("RecordViewer", "Amendment"));
    case RecordKind::Review:
        return translated(QT_TRANSLATE_NOOP("RecordViewer", "Review"));
    }
    return {};
}

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                  : QString();
}

} // namespace homevisit::ui
