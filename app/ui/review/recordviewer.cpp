#include "recordviewer.h"

#include "domain/review.h"
#include "session/usersession.h"
#include "sync/service/syncservice.h"
#include "ui/review/recordsections.h"

#include <QCoreApplication>

namespace homevisit::ui {

using namespace homevisit::domain;

// What a load job hands back to the UI thread: the record and what refers to it.
struct LoadedRecord
{
    bool ok = false;
    store::StoredRecord record;
    QList<store::StoredRecord> amendments; // oldest first
    QList<store::StoredRecord> reviews;    // oldest first: the last one is the state
    DomainSettings settings;
    QString me;
    QString device; // this tablet's id
    QString subject;
};

namespace {

constexpr auto context = "RecordViewer";
const QString amendPurpose = QStringLiteral("amend");
const QString reviewPurpose = QStringLiteral("review");

QString translated(const char *source)
{
    return QCoreApplication::translate(context, source);
}

// This tablet's own row names it when it holds one; else the name the gateway sent with
// the record (a supervisor holds no caseload of her team).
QString subjectOf(store::JournalStore &journal, const store::StoredRecord &record)
{
    const RecordFacts &facts = record.facts;
    if (!facts.childId.isEmpty())
        if (const auto child = journal.child(facts.childId))
            return child->name;
    if (!facts.fosterHomeId.isEmpty())
        if (const auto home = journal.fosterHome(facts.fosterHomeId))
            return home->familyName;
    return record.subjectName;
}

LoadedRecord loadJob(UserSession *session, const QString &id)
{
    LoadedRecord out;
    if (!session)
        return out;
    store::JournalStore &journal = session->journal();
    const auto record = journal.record(id); // audited as a read
    if (!record ||
        (record->kind != RecordKind::ChildVisit && record->kind != RecordKind::SupervisionSession))
        return out;
    out.ok = true;
    out.record = *record;
    out.amendments = journal.amendmentsOf(id);
    for (const store::StoredRecord &r : journal.records(RecordKind::Review, {}))
        if (r.facts.refersTo == id && r.status == store::RecordStatus::Signed)
            out.reviews.append(r);
    out.settings = journal.domainSettings();
    out.me = journal.identity().user;
    out.device = journal.identity().device;
    out.subject = subjectOf(journal, *record);
    return out;
}

// The store checks the author again: only she can amend her own signed record.
void amendJob(UserSession *session, const QString &id, const QString &text, const QString &reason)
{
    if (!session)
        throw store::JournalStoreError(store::JournalStoreError::Code::Io, "the journal is locked");
    session->journal().amend(id, text, reason);
}

// A review is a record of its own, signed at once: created and signed in one job, so
// what the outbox pushes is the signed review. Checked again here against the stored
// record, whatever the page believed.
void reviewJob(UserSession *session, const Review &review)
{
    if (!session)
        throw store::JournalStoreError(store::JournalStoreError::Code::Io, "the journal is locked");
    store::JournalStore &journal = session->journal();
    const auto target = journal.record(review.refersTo);
    if (!target || target->status != store::RecordStatus::Signed)
        throw store::JournalStoreError(store::JournalStoreError::Code::Forbidden,
                                       "only a signed record can be reviewed");
    if (target->author == journal.identity().user)
        throw store::JournalStoreError(store::JournalStoreError::Code::Forbidden,
                                       "nobody reviews her own record");
    journal.createSigned(RecordKind::Review, review.toJson());
}

} // namespace

RecordViewer::RecordViewer(QObject *parent)
    : QObject(parent),
      m_link(this, {[this] { reload(); }, // the same screen again after unlocking
                    [this] { forget(); }, // locked: no journal content stays in memory
                    // A pulled review or amendment shows up while the page is open.
                    [this] { reload(); },
                    [this](const QString &purpose, bool ok) { onPinChecked(purpose, ok); }})
{
    m_sections.setParent(this);
    m_amendments.setParent(this);
    m_reviews.setParent(this);
}

RecordViewer::~RecordViewer() = default;

bool RecordViewer::unlocked() const
{
    return m_link.unlocked();
}

void RecordViewer::setSession(SessionController *session)
{
    if (session == m_link.session())
        return;
    forget();
    m_link.setSession(session);
    emit sessionChanged();
    reload();
}

void RecordViewer::setRecordId(const QString &recordId)
{
    if (recordId == m_recordId)
        return;
    forget();
    m_recordId = recordId;
    emit recordIdChanged();
    reload();
}

void RecordViewer::forget()
{
    m_link.invalidate();
    m_awaitingPin = false;
    m_text.clear();
    m_reason.clear();
    setPending(Pending::None);
    m_record.reset();
    m_sections.setSections({});
    m_amendments.setSections({});
    m_reviews.setSections({});
    m_ready = false;
    emit loadedChanged();
}

void RecordViewer::reload()
{
    if (!unlocked() || m_recordId.isEmpty())
        return;
    JournalThread &journal = m_link.journal();
    const SessionLink::Ticket ticket = m_link.ticket();
    journal.run<LoadedRecord>(
        this, [&journal, id = m_recordId] { return loadJob(journal.session(), id); },
        [this, ticket](const LoadedRecord &result) {
            if (m_link.isCurrent(ticket))
                loaded(result);
        },
        [this](const QString &) {
            setMessage(
                translated(QT_TRANSLATE_NOOP("RecordViewer", "The record could not be opened.")));
        });
}

void RecordViewer::loaded(const LoadedRecord &result)
{
    if (!result.ok) {
        setMessage(translated(QT_TRANSLATE_NOOP(
            "RecordViewer", "This record is not in the journal on this tablet.")));
        return;
    }
    m_record = std::make_unique<LoadedRecord>(result);
    const store::StoredRecord &r = result.record;
    m_sections.setSections(r.kind == RecordKind::ChildVisit
                               ? childVisitSections(r.body, result.settings)
                               : supervisionSections(r.body));
    QList<RecordSection> amendments;
    for (const store::StoredRecord &a : result.amendments)
        amendments.append(amendmentSection(a, result.device));
    m_amendments.setSections(amendments);
    QList<RecordSection> reviews;
    for (const store::StoredRecord &v : result.reviews)
        reviews.append(reviewSection(v, result.device));
    m_reviews.setSections(reviews);
    m_ready = true;
    emit loadedChanged();
}

QString RecordViewer::kind() const
{
    return m_record ? kindName(m_record->record.kind) : QString();
}

QString RecordViewer::kindLabel() const
{
    return m_record ? recordKindLabel(m_record->record.kind) : QString();
}

QString RecordViewer::subject() const
{
    return m_record ? m_record->subject : QString();
}

QString RecordViewer::author() const
{
    return m_record ? m_record->record.author : QString();
}

QString RecordViewer::authorName() const
{
    return m_record ? m_record->record.authorLabel() : QString();
}

QString RecordViewer::eventDate() const
{
    return m_record ? m_record->record.facts.eventDate.toString(Qt::ISODate) : QString();
}

QString RecordViewer::signedAt() const
{
    return m_record ? timeText(m_record->record.signedAt) : QString();
}

bool RecordViewer::isSigned() const
{
    return m_record && m_record->record.status == store::RecordStatus::Signed;
}

QString RecordViewer::signatureState() const
{
    return m_record ? store::signatureStateName(m_record->record.signatureState) : QString();
}

QString RecordViewer::signatureText() const
{
    return m_record ? signatureSentence(m_record->record, m_record->device) : QString();
}

bool RecordViewer::isGenuine() const
{
    return m_record && m_record->record.isGenuine();
}

bool RecordViewer::isOwn() const
{
    return m_record && m_record->record.author == m_record->me;
}

bool RecordViewer::concern() const
{
    return m_record && m_record->record.facts.concern;
}

bool RecordViewer::canAmend() const
{
    return isSigned() && isOwn();
}

bool RecordViewer::canReview() const
{
    return isSigned() && !isOwn() && m_link.session() &&
           m_link.session()->role() == SessionController::Role::Supervisor;
}

QString RecordViewer::reviewState() const
{
    if (!m_record || m_record->reviews.isEmpty())
        return {};
    return m_record->reviews.last().body.value(QStringLiteral("decision")).toString();
}

QString RecordViewer::reviewStateLabel() const
{
    return isSigned() ? reviewDecisionLabel(reviewState()) : QString();
}

QString RecordViewer::reviewComment() const
{
    if (!m_record || m_record->reviews.isEmpty())
        return {};
    return m_record->reviews.last().body.value(QStringLiteral("comment")).toString();
}

QString RecordViewer::reviewedBy() const
{
    return m_record && !m_record->reviews.isEmpty() ? m_record->reviews.last().authorLabel()
                                                    : QString();
}

QString RecordViewer::reviewedAt() const
{
    return m_record && !m_record->reviews.isEmpty() ? timeText(m_record->reviews.last().signedAt)
                                                    : QString();
}

void RecordViewer::amend(const QString &text, const QString &reason, const QString &pin)
{
    if (busy())
        return;
    if (!canAmend())
        return finish(Pending::Amend, false,
                      translated(QT_TRANSLATE_NOOP(
                          "RecordViewer", "Only the author can correct a signed record.")));
    if (text.trimmed().isEmpty())
        return finish(Pending::Amend, false,
                      translated(QT_TRANSLATE_NOOP("RecordViewer",
                                                   "Write the correction before saving it.")));
    m_text = text.trimmed();
    m_reason = reason.trimmed();
    setMessage({});
    setPending(Pending::Amend);
    m_awaitingPin = true;
    m_link.session()->checkPin(pin, amendPurpose);
}

void RecordViewer::signOff(const QString &comment, const QString &pin)
{
    startReview(Pending::SignOff, comment, pin);
}

void RecordViewer::returnForCompletion(const QString &comment, const QString &pin)
{
    startReview(Pending::Return, comment, pin);
}

void RecordViewer::startReview(Pending decision, const QString &comment, const QString &pin)
{
    if (busy())
        return;
    if (!canReview()) {
        const char *why =
            isOwn() ? QT_TRANSLATE_NOOP("RecordViewer", "You cannot review your own record.")
                    : QT_TRANSLATE_NOOP("RecordViewer",
                                        "Only a supervisor can review a signed record.");
        return finish(decision, false, translated(why));
    }
    // Checked before the PIN: a missing comment must not cost a PIN attempt.
    if (decision == Pending::Return && comment.trimmed().isEmpty())
        return finish(
            decision, false,
            translated(QT_TRANSLATE_NOOP(
                "RecordViewer", "Write what needs to be completed before returning the record.")));
    m_text = comment.trimmed();
    setMessage({});
    setPending(decision);
    m_awaitingPin = true;
    m_link.session()->checkPin(pin, reviewPurpose);
}

void RecordViewer::onPinChecked(const QString &purpose, bool ok)
{
    const QString mine = m_pending == Pending::Amend ? amendPurpose : reviewPurpose;
    if (!m_awaitingPin || purpose != mine)
        return; // another screen's PIN check
    m_awaitingPin = false;
    if (!ok) {
        // Session.message says it in full (attempts left, the delay).
        const QString why = m_link.session() ? m_link.session()->message() : QString();
        return finish(m_pending, false,
                      why.isEmpty() ? translated(QT_TRANSLATE_NOOP("RecordViewer", "Wrong PIN."))
                                    : why);
    }
    if (m_pending == Pending::Amend)
        storeAmendment();
    else
        storeReview();
}

void RecordViewer::storeAmendment()
{
    if (!unlocked())
        return finish(Pending::Amend, false, {});
    JournalThread &journal = m_link.journal();
    const SessionLink::Ticket ticket = m_link.ticket();
    journal.run(
        this,
        [&journal, id = m_recordId, text = m_text, reason = m_reason] {
            amendJob(journal.session(), id, text, reason);
        },
        [this, ticket] {
            if (m_link.sameContent(ticket))
                finish(Pending::Amend, true, {});
        },
        [this, ticket](const QString &) {
            if (m_link.sameContent(ticket))
                finish(Pending::Amend, false,
                       translated(QT_TRANSLATE_NOOP(
                           "RecordViewer", "The amendment could not be saved. Try again.")));
        });
}

void RecordViewer::storeReview()
{
    if (!unlocked())
        return finish(m_pending, false, {});
    const Pending action = m_pending;
    Review review;
    review.refersTo = m_recordId;
    review.decision =
        m_pending == Pending::Return ? ReviewDecision::Returned : ReviewDecision::SignedOff;
    review.comment = m_text;
    JournalThread &journal = m_link.journal();
    const SessionLink::Ticket ticket = m_link.ticket();
    journal.run(
        this, [&journal, review] { reviewJob(journal.session(), review); },
        [this, ticket, action] {
            if (m_link.sameContent(ticket))
                finish(action, true, {});
        },
        [this, ticket, action](const QString &) {
            if (m_link.sameContent(ticket))
                finish(action, false,
                       translated(QT_TRANSLATE_NOOP("RecordViewer",
                                                    "The review could not be saved. Try again.")));
        });
}

void RecordViewer::finish(Pending action, bool ok, const QString &message)
{
    m_awaitingPin = false;
    m_text.clear();
    m_reason.clear();
    setPending(Pending::None);
    setMessage(message);
    if (ok) {
        if (auto *sync = m_link.session() ? m_link.session()->syncService() : nullptr)
            sync->recordSigned(); // the new record leaves with the next round
        reload();
    }
    if (action == Pending::Amend)
        emit amendFinished(ok);
    else
        emit reviewFinished(ok);
}

void RecordViewer::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

void RecordViewer::setPending(Pending pending)
{
    if (pending == m_pending)
        return;
    m_pending = pending;
    emit busyChanged();
}

} // namespace homevisit::ui
