import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// The heading of a part of a record's form.
Label {
    font.pixelSize: Math.round(Theme.fontSize * 1.2)
    font.bold: true
    Layout.topMargin: Theme.spacing
    Layout.fillWidth: true
}
