// One record read-only (RecordViewPage): a child visit or a supervision session as
// display sections, its amendments beside it and its reviews, loaded on the journal
// thread. The author corrects her own signed record here (an amendment; the original
// never changes), and a supervisor signs off a team member's record or returns it for
// completion with a comment. Both ask for the PIN first; what may be done, and what
// a bad input means, is decided here, not in QML.
#pragma once

#include "ui/review/recordsectionsmodel.h"
#include "ui/sessioncontroller.h"
#include "ui/sessionlink.h"

#include <QObject>

namespace homevisit::ui {

struct LoadedRecord; // recordviewer.cpp

class RecordViewer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(homevisit::ui::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged)
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY loadedChanged)
    Q_PROPERTY(QString kind READ kind NOTIFY loadedChanged) // child_visit | supervision_session
    Q_PROPERTY(QString kindLabel READ kindLabel NOTIFY loadedChanged)
    // The child's or foster home's name: this tablet's own row when it holds one, else the
    // name the last pull of the record brought; "" when neither knows it.
    Q_PROPERTY(QString subject READ subject NOTIFY loadedChanged)
    Q_PROPERTY(QString author READ author NOTIFY loadedChanged) // the user name
    // The author's display name ("Anna Lind"); the user name when no name is known.
    Q_PROPERTY(QString authorName READ authorName NOTIFY loadedChanged)
    Q_PROPERTY(QString eventDate READ eventDate NOTIFY loadedChanged) // ISO date
    Q_PROPERTY(QString signedAt READ signedAt NOTIFY loadedChanged)   // "yyyy-MM-dd HH:mm"
    // Named isSigned: moc cannot parse a property called "signed".
    Q_PROPERTY(bool isSigned READ isSigned NOTIFY loadedChanged)
    Q_PROPERTY(bool isOwn READ isOwn NOTIFY loadedChanged)
    // valid | invalid | legacy | unverified, "" for a draft (store::SignatureState).
    Q_PROPERTY(QString signatureState READ signatureState NOTIFY loadedChanged)
    // Who signed, on which tablet, and whether the signature holds: one sentence.
    Q_PROPERTY(QString signatureText READ signatureText NOTIFY loadedChanged)
    // Signed, and its signature verified: the record is what it says it is.
    Q_PROPERTY(bool isGenuine READ isGenuine NOTIFY loadedChanged)
    Q_PROPERTY(bool concern READ concern NOTIFY loadedChanged)
    // The author's own signed record: she may add an amendment.
    Q_PROPERTY(bool canAmend READ canAmend NOTIFY loadedChanged)
    // A supervisor, someone else's signed record.
    Q_PROPERTY(bool canReview READ canReview NOTIFY loadedChanged)
    // The latest review: "" | signed_off | returned | comment.
    Q_PROPERTY(QString reviewState READ reviewState NOTIFY loadedChanged)
    Q_PROPERTY(QString reviewStateLabel READ reviewStateLabel NOTIFY loadedChanged)
    Q_PROPERTY(QString reviewComment READ reviewComment NOTIFY loadedChanged)
    // The latest review's author, by display name when known.
    Q_PROPERTY(QString reviewedBy READ reviewedBy NOTIFY loadedChanged)
    Q_PROPERTY(QString reviewedAt READ reviewedAt NOTIFY loadedChanged)
    // A PIN check or a store job of amend/review is under way.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // One sentence about the last problem (bad input, the PIN, the store), or empty.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(homevisit::ui::RecordSectionsModel *sections READ sections CONSTANT)
    Q_PROPERTY(homevisit::ui::RecordSectionsModel *amendments READ amendments CONSTANT)
    Q_PROPERTY(homevisit::ui::RecordSectionsModel *reviews READ reviews CONSTANT)

public:
    explicit RecordViewer(QObject *parent = nullptr);
    ~RecordViewer() override;

    SessionController *session() const { return m_link.session(); }
    void setSession(SessionController *session);
    QString recordId() const { return m_recordId; }
    void setRecordId(const QString &recordId);

    // Checks the text, then the PIN (purpose "amend"), then stores the amendment;
    // amendFinished tells how it went.
    Q_INVOKABLE void amend(const QString &text, const QString &reason, const QString &pin);
    // A sign-off (kvittering) with an optional comment, after the PIN (purpose "review").
    Q_INVOKABLE void signOff(const QString &comment, const QString &pin);
    // Returns the record for completion: the comment says what is missing; required.
    Q_INVOKABLE void returnForCompletion(const QString &comment, const QString &pin);
    Q_INVOKABLE void clearMessage() { setMessage({}); }
    Q_INVOKABLE void reload();

    bool ready() const { return m_ready; }
    QString kind() const;
    QString kindLabel() const;
    QString subject() const;
    QString author() const;
    QString authorName() const;
    QString eventDate() const;
    QString signedAt() const;
    bool isSigned() const;
    bool isOwn() const;
    QString signatureState() const;
    QString signatureText() const;
    bool isGenuine() const;
    bool concern() const;
    bool canAmend() const;
    bool canReview() const;
    QString reviewState() const;
    QString reviewStateLabel() const;
    QString reviewComment() const;
    QString reviewedBy() const;
    QString reviewedAt() const;
    bool busy() const { return m_pending != Pending::None; }
    QString message() const { return m_message; }

    RecordSectionsModel *sections() { return &m_sections; }
    RecordSectionsModel *amendments() { return &m_amendments; }
    RecordSectionsModel *reviews() { return &m_reviews; }

signals:
    void sessionChanged();
    void recordIdChanged();
    void loadedChanged();
    void busyChanged();
    void messageChanged();
    void amendFinished(bool ok);
    void reviewFinished(bool ok);

private:
    enum class Pending
    {
        None,
        Amend,
        SignOff,
        Return
    };

    bool unlocked() const;
    void forget();
    void loaded(const LoadedRecord &record);
    void onPinChecked(const QString &purpose, bool ok);
    void startReview(Pending decision, const QString &comment, const QString &pin);
    void storeAmendment();
    void storeReview();
    void finish(Pending action, bool ok, const QString &message);
    void setMessage(const QString &message);
    void setPending(Pending pending);

    SessionLink m_link; // the session, and late answers dropped once the content is gone
    QString m_recordId;
    std::unique_ptr<LoadedRecord> m_record;
    bool m_ready = false;
    Pending m_pending = Pending::None;
    bool m_awaitingPin = false;
    QString m_text; // the amendment's text or the review's comment, until stored
    QString m_reason;
    QString m_message;
    RecordSectionsModel m_sections;
    RecordSectionsModel m_amendments;
    RecordSectionsModel m_reviews;
};

} // namespace homevisit::ui
