// The foster-home secretary's models and controllers (app/ui/supervision), registered
// for QML from here (QML_FOREIGN) in the pattern of visittypes.h, so the classes stay
// free of Qt Qml and run in plain Catch2 tests.
#pragma once

#include "ui/supervision/familyratingcontroller.h"
#include "ui/supervision/fosterhomelistmodel.h"
#include "ui/supervision/supervisionsessioneditor.h"
#include "ui/supervision/supportformsmodel.h"

#include <QQmlEngine>

// My foster homes (FosterHomesPage), or one of them (FosterHomePage's summary).
struct FosterHomeListModelForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::FosterHomeListModel)
    QML_NAMED_ELEMENT(FosterHomeListModel)
};

// Created by SupervisionSessionPage, one per page.
struct SupervisionSessionEditorForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::SupervisionSessionEditor)
    QML_NAMED_ELEMENT(SupervisionSessionEditor)
};

struct FamilyRatingControllerForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::FamilyRatingController)
    QML_NAMED_ELEMENT(FamilyRatingController)
};

// The editor's own list: reached through its property, never created in QML.
struct SupportFormsModelForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::SupportFormsModel)
    QML_NAMED_ELEMENT(SupportFormsModel)
    QML_UNCREATABLE("Use SupervisionSessionEditor.supportForms.")
};
