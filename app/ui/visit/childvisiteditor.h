// The child-visit editor behind ChildVisitPage: opens a draft (or creates one for a
// child), keeps the visit in memory as the worker types, autosaves it and signs it with
// the worker's PIN (RecordEditor). The rules that block signing come from the domain
// code (VisitDraft), never from QML.
//
// Nothing of the visit outlives a lock: the editor forgets the content when the session
// locks and reads it again from the store after the next unlock.
#pragma once

#include "ui/recordeditor.h"
#include "ui/violationsmodel.h"
#include "ui/visit/participationchecklistmodel.h"
#include "ui/visit/viewtopicsmodel.h"
#include "ui/visit/visitdraft.h"

#include <QDateTime>
#include <QVariantList>

namespace homevisit::ui {

// The base is named in full: Qt 6.4's qmltyperegistrar resolves no unqualified base in a
// namespace, and qmllint would then not see the inherited properties.
class ChildVisitEditor : public homevisit::ui::RecordEditor
{
    Q_OBJECT
    Q_PROPERTY(QString childId READ childId NOTIFY childChanged)
    Q_PROPERTY(QString childName READ childName NOTIFY childChanged)
    Q_PROPERTY(int childAge READ childAge NOTIFY childChanged) // 0 when unknown

    Q_PROPERTY(QString visitDate READ visitDate WRITE setVisitDate NOTIFY startedAtChanged)
    Q_PROPERTY(QDateTime startedAt READ startedAt WRITE setStartedAt NOTIFY startedAtChanged)
    Q_PROPERTY(QDateTime endedAt READ endedAt WRITE setEndedAt NOTIFY endedAtChanged)
    Q_PROPERTY(QString startTime READ startTime WRITE setStartTime NOTIFY startedAtChanged)
    Q_PROPERTY(QString endTime READ endTime WRITE setEndTime NOTIFY endedAtChanged)
    Q_PROPERTY(QString place READ place WRITE setPlace NOTIFY placeChanged) // a wire name or ""
    Q_PROPERTY(QString placeText READ placeText WRITE setPlaceText NOTIFY placeChanged)
    Q_PROPERTY(QVariantList placeOptions READ placeOptions CONSTANT) // [{value, label}]
    Q_PROPERTY(
        QStringList participants READ participants WRITE setParticipants NOTIFY participantsChanged)
    // The participants one per line, as a text area edits them.
    Q_PROPERTY(QString participantsText READ participantsText WRITE setParticipantsText NOTIFY
                   participantsChanged)
    Q_PROPERTY(
        QString observations READ observations WRITE setObservations NOTIFY observationsChanged)
    Q_PROPERTY(
        QString agreedActions READ agreedActions WRITE setAgreedActions NOTIFY agreedActionsChanged)
    // ISO date (yyyy-MM-dd) or "" when none is planned.
    Q_PROPERTY(QString nextPlannedVisit READ nextPlannedVisit WRITE setNextPlannedVisit NOTIFY
                   nextPlannedVisitChanged)
    // The secretary's own concern, beside the child's answer on safety.
    Q_PROPERTY(
        bool concernRaised READ concernRaised WRITE setConcernRaised NOTIFY concernRaisedChanged)
    // The flag that reaches the supervisor first: raised, or the child did not say
    // they feel safe.
    Q_PROPERTY(bool concernFlag READ concernFlag NOTIFY concernFlagChanged)

    // What the child answered in child mode: [{question, score (1-5, 0 = none), words}].
    Q_PROPERTY(QVariantList childAnswers READ childAnswers NOTIFY childAnswersChanged)

    Q_PROPERTY(homevisit::ui::ParticipationChecklistModel *checklist READ checklist CONSTANT)
    Q_PROPERTY(homevisit::ui::ViewTopicsModel *viewTopics READ viewTopics CONSTANT)

public:
    explicit ChildVisitEditor(QObject *parent = nullptr);
    // Saves a pending change before going (the page was closed mid-debounce).
    ~ChildVisitEditor() override;

    // createDraft(childId) starts the visit now; signing checks the PIN with the
    // purpose "sign".
    Q_INVOKABLE void endNow(); // the visit ends now
    Q_INVOKABLE void planNextVisitInWeeks(int weeks);

    QString childId() const { return m_draft.visit().childId; }
    QString childName() const { return m_childName; }
    int childAge() const;

    QString visitDate() const;
    void setVisitDate(const QString &isoDate);
    QDateTime startedAt() const { return m_draft.visit().startedAt; }
    void setStartedAt(const QDateTime &at);
    QDateTime endedAt() const { return m_draft.visit().endedAt; }
    void setEndedAt(const QDateTime &at);
    QString startTime() const;
    void setStartTime(const QString &hhmm);
    QString endTime() const;
    void setEndTime(const QString &hhmm);
    QString place() const;
    void setPlace(const QString &place);
    QString placeText() const { return m_draft.visit().placeText; }
    void setPlaceText(const QString &text);
    static QVariantList placeOptions();
    QStringList participants() const { return m_draft.visit().participants; }
    void setParticipants(const QStringList &participants);
    QString participantsText() const;
    void setParticipantsText(const QString &text);
    QString observations() const { return m_draft.visit().observations; }
    void setObservations(const QString &text);
    QString agreedActions() const { return m_draft.visit().agreedActions; }
    void setAgreedActions(const QString &text);
    QString nextPlannedVisit() const;
    void setNextPlannedVisit(const QString &isoDate);
    bool concernRaised() const { return m_draft.visit().concernRaised; }
    void setConcernRaised(bool raised);
    bool concernFlag() const { return m_draft.visit().concernFlag(); }
    QVariantList childAnswers() const;

    ParticipationChecklistModel *checklist() { return &m_checklist; }
    ViewTopicsModel *viewTopics() { return &m_topics; }
    ViolationsModel *violations() override { return &m_violations; }
    // The visit in memory; child mode writes the child's answers through it.
    VisitDraft *draft() { return &m_draft; }

signals:
    void childChanged();
    void startedAtChanged();
    void endedAtChanged();
    void placeChanged();
    void participantsChanged();
    void observationsChanged();
    void agreedActionsChanged();
    void nextPlannedVisitChanged();
    void concernRaisedChanged();
    void concernFlagChanged();
    void childAnswersChanged();

protected:
    QJsonObject newBody(const QString &childId) const override;
    void applyLoaded(const LoadedDraft &loaded) override;
    void clearContent() override;
    void emitFields() override;
    void updateDerived() override;

private:
    template <typename T>
    void setField(T domain::ChildVisit::*field, T value, void (ChildVisitEditor::*notify)());

    VisitDraft m_draft;
    ParticipationChecklistModel m_checklist{&m_draft};
    ViewTopicsModel m_topics{&m_draft};
    ViolationsModel m_violations{&m_draft};

    QString m_childName;
    int m_birthYear = 0;
    QString m_participantsText; // as typed, while it means the same list
    bool m_lastConcernFlag = false;
    QList<domain::ChildAnswer> m_lastAnswers;
};

} // namespace homevisit::ui
