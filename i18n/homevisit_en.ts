<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Caseload</name>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>%1%2 — %3 — next visit due %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="15"/>
        <location filename="../qml/Main.qml" line="23"/>
        <source>Hembesök</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../qml/Main.qml" line="28"/>
        <source>%1 children in the caseload of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="66"/>
        <source>The PIN needs at least 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="68"/>
        <source>The PIN can be at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="70"/>
        <source>That PIN is one of the most common ones. Choose one that is hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="74"/>
        <source>A run of digits such as 345678 is easy to guess. Choose another PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleViolation</name>
    <message>
        <location filename="../app/domain/records.cpp" line="31"/>
        <source>Choose the child the visit concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="33"/>
        <source>Enter when the visit started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="35"/>
        <source>Answer whether the child was told why the visit happens and what will be written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="40"/>
        <source>Answer whether you spoke with the child alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="43"/>
        <source>Choose the foster home the session concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="46"/>
        <source>Enter the date of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="48"/>
        <source>Name at least one participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="50"/>
        <source>Choose at least one form of support given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="53"/>
        <source>Choose the signed record this concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="56"/>
        <source>Write the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="58"/>
        <source>Choose whether to sign off, return or comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="60"/>
        <source>Fill in this field before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="66"/>
        <source>This is not a valid record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="68"/>
        <source>Enter the time as date, time and UTC offset, such as 2026-11-20T14:00:00+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="72"/>
        <source>A view topic&apos;s key may only have lowercase letters a-z and underscores, at most 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="75"/>
        <source>Enter the date as year-month-day, such as 2026-11-20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="90"/>
        <source>This field is not part of the record format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="93"/>
        <source>This field holds the wrong kind of value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="96"/>
        <source>This value is not one of the allowed choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="101"/>
        <source>This list has too many entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="102"/>
        <source>This text is too long: at most 100000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="110"/>
        <source>Choose why the child was not spoken with alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="113"/>
        <source>Explain in words why the child was not spoken with alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="116"/>
        <source>The child was spoken with alone, so remove the reason for not doing so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="120"/>
        <source>Record the child&apos;s views on %1, or mark the topic as not discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="125"/>
        <source>Write down the child&apos;s own words on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="129"/>
        <source>&quot;%1&quot; is not one of the municipality&apos;s view topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="133"/>
        <source>Describe the concern: the child did not say they feel safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="135"/>
        <source>Describe the other method used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="219"/>
        <source>The end time is before the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="224"/>
        <source>Write a comment saying what should be completed or noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="226"/>
        <source>This field breaks a record rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewTopic</name>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="105"/>
        <source>living in the foster home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="107"/>
        <source>safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="109"/>
        <source>school or preschool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="111"/>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="113"/>
        <source>leisure and friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="115"/>
        <source>contact with parents and siblings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="117"/>
        <source>wishes for the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
