// The child-visit editor, its models and child mode, registered for QML from here
// (QML_FOREIGN) in the pattern of qmltypes.h, so the classes (app/ui/visit) stay free
// of Qt Qml and run in plain Catch2 tests.
#pragma once

#include "ui/violationsmodel.h"
#include "ui/visit/childmodecontroller.h"
#include "ui/visit/childvisiteditor.h"
#include "ui/visit/participationchecklistmodel.h"
#include "ui/visit/viewtopicsmodel.h"

#include <QQmlEngine>

// Created by ChildVisitPage, one per page.
struct ChildVisitEditorForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::ChildVisitEditor)
    QML_NAMED_ELEMENT(ChildVisitEditor)
};

struct ChildModeControllerForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::ChildModeController)
    QML_NAMED_ELEMENT(ChildModeController)
};

// The editor's own models: reached through its properties, never created in QML.
struct ParticipationChecklistModelForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::ParticipationChecklistModel)
    QML_NAMED_ELEMENT(ParticipationChecklistModel)
    QML_UNCREATABLE("Use ChildVisitEditor.checklist.")
};

struct ViewTopicsModelForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::ViewTopicsModel)
    QML_NAMED_ELEMENT(ViewTopicsModel)
    QML_UNCREATABLE("Use ChildVisitEditor.viewTopics.")
};

struct ViolationsModelForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::ViolationsModel)
    QML_NAMED_ELEMENT(ViolationsModel)
    QML_UNCREATABLE("Use ChildVisitEditor.violations.")
};
