import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Homevisit

// The name of a form field, above it.
Label {
    color: Theme.mutedText
    font.pixelSize: Theme.smallFontSize
    Layout.fillWidth: true
}
