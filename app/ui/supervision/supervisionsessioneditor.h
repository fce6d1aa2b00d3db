// The supervision-session editor behind SupervisionSessionPage: opens a draft (or
// creates one for a foster home), keeps the session in memory as the foster-home
// secretary types, autosaves it and signs it with her PIN (RecordEditor). What blocks
// signing comes from the domain rules (SupervisionDraft), never from QML.
//
// Nothing of the session outlives a lock: the editor forgets the content when the
// session locks and reads it again from the store after the next unlock.
#pragma once

#include "ui/recordeditor.h"
#include "ui/supervision/supervisiondraft.h"
#include "ui/supervision/supportformsmodel.h"
#include "ui/violationsmodel.h"

namespace homevisit::ui {

// The base is named in full for qmltyperegistrar (see ChildVisitEditor).
class SupervisionSessionEditor : public homevisit::ui::RecordEditor
{
    Q_OBJECT
    Q_PROPERTY(QString fosterHomeId READ fosterHomeId NOTIFY fosterHomeChanged)
    Q_PROPERTY(QString familyName READ familyName NOTIFY fosterHomeChanged)

    // ISO date (yyyy-MM-dd) of the session.
    Q_PROPERTY(QString date READ date WRITE setDate NOTIFY dateChanged)
    Q_PROPERTY(QString startTime READ startTime WRITE setStartTime NOTIFY timesChanged) // HH:mm
    Q_PROPERTY(QString endTime READ endTime WRITE setEndTime NOTIFY timesChanged)
    Q_PROPERTY(
        QStringList participants READ participants WRITE setParticipants NOTIFY participantsChanged)
    // The participants one per line, as a text area edits them.
    Q_PROPERTY(QString participantsText READ participantsText WRITE setParticipantsText NOTIFY
                   participantsChanged)
    Q_PROPERTY(QString themes READ themes WRITE setThemes NOTIFY themesChanged)
    Q_PROPERTY(QString familyNeeds READ familyNeeds WRITE setFamilyNeeds NOTIFY familyNeedsChanged)
    Q_PROPERTY(
        QString agreedActions READ agreedActions WRITE setAgreedActions NOTIFY agreedActionsChanged)
    // ISO date or "" when none is planned.
    Q_PROPERTY(QString nextSession READ nextSession WRITE setNextSession NOTIFY nextSessionChanged)
    // The family's own rating of the support: 1-10, 0 = not rated; and their words.
    Q_PROPERTY(int familyScore READ familyScore WRITE setFamilyScore NOTIFY familyRatingChanged)
    Q_PROPERTY(
        QString familyComment READ familyComment WRITE setFamilyComment NOTIFY familyRatingChanged)
    Q_PROPERTY(bool hasFamilyRating READ hasFamilyRating NOTIFY familyRatingChanged)

    Q_PROPERTY(homevisit::ui::SupportFormsModel *supportForms READ supportForms CONSTANT)

public:
    explicit SupervisionSessionEditor(QObject *parent = nullptr);
    // Saves a pending change before going (the page was closed mid-debounce).
    ~SupervisionSessionEditor() override;

    // createDraft(fosterHomeId) dates the session today; signing checks the PIN with
    // the purpose "sign_supervision".
    Q_INVOKABLE void planNextSessionInWeeks(int weeks);

    QString fosterHomeId() const { return m_draft.session().fosterHomeId; }
    QString familyName() const { return m_familyName; }

    QString date() const;
    void setDate(const QString &isoDate);
    QString startTime() const;
    void setStartTime(const QString &hhmm);
    QString endTime() const;
    void setEndTime(const QString &hhmm);
    QStringList participants() const { return m_draft.session().participants; }
    void setParticipants(const QStringList &participants);
    QString participantsText() const;
    void setParticipantsText(const QString &text);
    QString themes() const { return m_draft.session().themes; }
    void setThemes(const QString &text);
    QString familyNeeds() const { return m_draft.session().familyNeeds; }
    void setFamilyNeeds(const QString &text);
    QString agreedActions() const { return m_draft.session().agreedActions; }
    void setAgreedActions(const QString &text);
    QString nextSession() const;
    void setNextSession(const QString &isoDate);
    int familyScore() const;
    void setFamilyScore(int score); // 0 clears
    QString familyComment() const;
    void setFamilyComment(const QString &comment);
    bool hasFamilyRating() const { return m_draft.session().familyRating.has_value(); }

    SupportFormsModel *supportForms() { return &m_forms; }
    ViolationsModel *violations() override { return &m_violations; }
    // The session in memory; the family-rating hand-over writes through it.
    SupervisionDraft *draft() { return &m_draft; }

    // The field's name for the secretary ("Date of the session"), translated.
    static QString fieldLabel(const QString &field);

signals:
    void fosterHomeChanged();
    void dateChanged();
    void timesChanged();
    void participantsChanged();
    void themesChanged();
    void familyNeedsChanged();
    void agreedActionsChanged();
    void nextSessionChanged();
    void familyRatingChanged();

protected:
    QJsonObject newBody(const QString &fosterHomeId) const override;
    void applyLoaded(const LoadedDraft &loaded) override;
    void clearContent() override;
    void emitFields() override;
    void updateDerived() override;

private:
    template <typename T>
    void setField(T domain::SupervisionSession::*field, T value,
                  void (SupervisionSessionEditor::*notify)());
    void setTime(QDateTime domain::SupervisionSession::*field, const QString &hhmm);
    void writeRating(int score, const QString &comment);

    SupervisionDraft m_draft;
    SupportFormsModel m_forms{&m_draft};
    ViolationsModel m_violations{&SupervisionSessionEditor::fieldLabel};

    QString m_familyName;
    QString m_participantsText; // as typed, while it means the same list
    std::optional<domain::FamilyRating> m_lastRating;
};

} // namespace homevisit::ui
