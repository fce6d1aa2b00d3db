// Drives a Qt Quick window as a hardware-keyboard user would: find an item by
// objectName (popups included: their items live under the window's overlay), focus it,
// press Space or type on it. For the app-level UI tests.
#pragma once

#include <catch2/catch.hpp>

#include "waitfor.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QThread>

namespace homevisit::test {

inline void findItems(QQuickItem *root, const QString &name, QList<QQuickItem *> &out)
{
    if (!root)
        return;
    if (root->objectName() == name)
        out << root;
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        findItems(child, name, out);
}

// Shown on the screen: visible itself and through all its ancestors.
inline bool isShown(const QQuickItem *item)
{
    return item && item->isVisible() && item->opacity() > 0;
}

// The shown item of that name if there is one (pages kept in a StackView or a closed
// popup may hold another of the same name), else the first.
inline QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    QList<QQuickItem *> all;
    findItems(root, name, all);
    for (QQuickItem *item : std::as_const(all))
        if (isShown(item))
            return item;
    return all.value(0);
}

struct UiDriver
{
    QQuickWindow *window = nullptr;

    QQuickItem *item(const QString &name) const { return findItem(window->contentItem(), name); }

    bool shown(const QString &name) const { return isShown(item(name)); }

    // A Popup (not an item) declared anywhere in the window, by objectName.
    bool popupOpen(const QString &name) const
    {
        const QObject *popup = window->findChild<QObject *>(name);
        INFO("popup " << name.toStdString());
        REQUIRE(popup);
        return popup->property("opened").toBool();
    }

    QQuickItem *waitForItem(const QString &name, int timeoutMs = 20'000) const
    {
        QQuickItem *found = nullptr;
        waitFor(
            [&] {
                found = item(name);
                return isShown(found);
            },
            timeoutMs);
        INFO("waiting for " << name.toStdString());
        REQUIRE(isShown(found));
        return found;
    }

    void focus(const QString &name) const
    {
        QQuickItem *target = waitForItem(name);
        REQUIRE(target->isEnabled());
        target->forceActiveFocus(Qt::TabFocusReason);
        REQUIRE(waitFor([&] { return target->hasActiveFocus(); }, 2000));
    }

    // Focus, then Space: how a keyboard user presses a button.
    void press(const QString &name) const
    {
        focus(name);
        QTest::keyClick(window, Qt::Key_Space);
        QCoreApplication::processEvents();
    }

    // Typed one key at a time into whatever has the focus.
    void typeText(const QString &text) const
    {
        for (const QChar c : text) {
            const Qt::Key key = c == u'\n' ? Qt::Key_Return : Qt::Key(c.toUpper().unicode());
            QTest::sendKeyEvent(QTest::Click, window, key, QString(c), Qt::NoModifier);
        }
        QCoreApplication::processEvents();
    }

    void type(const QString &name, const QString &text) const
    {
        focus(name);
        typeText(text);
    }

    // A keyboard user's way into a list: Tab to it, Down to the row, Enter.
    void openRow(const QString &listName, int index, int timeoutMs = 30'000) const
    {
        QQuickItem *list = waitForItem(listName);
        REQUIRE(waitFor([&] { return list->property("count").toInt() > index; }, timeoutMs));
        list->forceActiveFocus(Qt::TabFocusReason);
        if (list->property("currentIndex").toInt() < 0)
            key(Qt::Key_Down);
        REQUIRE(waitFor([&] { return list->property("currentIndex").toInt() == 0; }));
        for (int i = 0; i < index; ++i)
            key(Qt::Key_Down);
        REQUIRE(waitFor([&] { return list->property("currentIndex").toInt() == index; }));
        REQUIRE(waitFor([&] {
            auto *row = qvariant_cast<QQuickItem *>(list->property("currentItem"));
            return row && row->hasActiveFocus();
        }));
        key(Qt::Key_Return);
    }
    void openFirstRow(const QString &listName, int timeoutMs = 30'000) const
    {
        openRow(listName, 0, timeoutMs);
    }
    // The row whose `role` holds `value`, opened from the keyboard.
    void openRowWith(const QString &listName, int role, const QVariant &value) const
    {
        QQuickItem *list = waitForItem(listName);
        auto *model =
            qobject_cast<QAbstractItemModel *>(qvariant_cast<QObject *>(list->property("model")));
        REQUIRE(model);
        int found = -1;
        REQUIRE(waitFor(
            [&] {
                for (int row = 0; row < model->rowCount() && found < 0; ++row)
                    if (model->index(row, 0).data(role) == value)
                        found = row;
                return found >= 0;
            },
            30'000));
        openRow(listName, found);
    }

    void key(Qt::Key key) const
    {
        QTest::keyClick(window, key);
        QCoreApplication::processEvents();
    }

    // Looking at the screens: PNGs into $HOMEVISIT_UI_SNAPSHOTS when it is set.
    void snapshot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("HOMEVISIT_UI_SNAPSHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(50);
        window->grabWindow().save(dir + u'/' + name + QStringLiteral(".png"));
    }
};

} // namespace homevisit::test
