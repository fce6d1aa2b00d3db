// The read-only record view, amendments and the supervisor's review (app/ui/review),
// registered for QML from here (QML_FOREIGN) in the pattern of qmltypes.h.
#pragma once

#include "ui/review/recordsectionsmodel.h"
#include "ui/review/recordviewer.h"

#include <QQmlEngine>

// Created by RecordViewPage, one per page.
struct RecordViewerForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::RecordViewer)
    QML_NAMED_ELEMENT(RecordViewer)
};

// The viewer's own lists: reached through its properties, never created in QML.
struct RecordSectionsModelForeign
{
    Q_GADGET
    QML_FOREIGN(homevisit::ui::RecordSectionsModel)
    QML_NAMED_ELEMENT(RecordSectionsModel)
    QML_UNCREATABLE("Use RecordViewer.sections, .amendments or .reviews.")
};
