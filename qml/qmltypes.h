// The C++ types the QML binds to, registered from here (QML_FOREIGN) so that the
// classes themselves (app/ui) stay free of Qt Qml and run in plain Catch2 tests. The
// singletons are C++ objects AppWindow owns (qml/appwindow.cpp): it sets each `instance`
// before the engine loads Main.qml and clears it after; no context properties.
#pragma once

#include "ui/caseloadmodel.h"
#include "ui/devicelistmodel.h"
#include "ui/handovercontroller.h"
#include "ui/recordeditor.h"
#include "ui/recordlistmodel.h"
#include "ui/sessioncontroller.h"
#include "ui/syncindicator.h"
#include "ui/uisettings.h"

#include <QQmlEngine>

// A C++-owned singleton: AppWindow sets `instance` before the engine loads Main.qml.
#define HOMEVISIT_SINGLETON_INSTANCE(Class, Name)                                                  \
    struct Name##Singleton                                                                         \
    {                                                                                              \
        Q_GADGET                                                                                   \
        QML_FOREIGN(homevisit::ui::Class)                                                          \
        QML_SINGLETON                                                                              \
        QML_NAMED_ELEMENT(Name)                                                                    \
    public:                                                                                        \
        inline static homevisit::ui::Class *instance = nullptr;                                    \
        static homevisit::ui::Class *create(QQmlEngine *, QJSEngine *)                             \
        {                                                                                          \
            Q_ASSERT(instance);                                                                    \
            QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);                      \
            return instance;                                                                       \
        }                                                                                          \
    };

HOMEVISIT_SINGLETON_INSTANCE(SessionController, Session)
HOMEVISIT_SINGLETON_INSTANCE(SyncIndicator, SyncIndicator)
HOMEVISIT_SINGLETON_INSTANCE(UiSettings, UiSettings)

// Qt 6.4 describes QAbstractItemModel in no module our QML imports, so qmllint could not
// resolve the models' base class; describing it here (anonymous: not creatable) fixes that.
struct QAbstractItemModelForeign
{
    Q_GADGET
    QML_FOREIGN(QAbstractItemModel)
    QML_ANONYMOUS
};

// The shared bases of the record editors and the hand-overs, named so that a dialog
// serves every kind (`required property HandOverController controller`); not creatable:
// a page makes the kind's own (ChildVisitEditor, FamilyRatingController, ...).
struct RecordEditorForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::RecordEditor)
    QML_NAMED_ELEMENT(RecordEditor)
    QML_UNCREATABLE("a page makes its kind's editor, e.g. ChildVisitEditor")
};

struct HandOverControllerForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::HandOverController)
    QML_NAMED_ELEMENT(HandOverController)
    QML_UNCREATABLE("a page makes its hand-over, e.g. ChildModeController")
};

struct CaseloadModelForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::CaseloadModel)
    QML_NAMED_ELEMENT(CaseloadModel)
};

struct DeviceListModelForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::DeviceListModel)
    QML_NAMED_ELEMENT(DeviceListModel)
};

struct RecordListModelForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::RecordListModel)
    QML_NAMED_ELEMENT(RecordListModel)
};
