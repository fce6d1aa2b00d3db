<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="19"/>
        <source>Make a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="52"/>
        <source>A signed record is never changed. The correction is added as an amendment with today&apos;s date, and the original stays readable beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="57"/>
        <location filename="../qml/AmendmentDialog.qml" line="77"/>
        <source>The correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="80"/>
        <location filename="../qml/AmendmentDialog.qml" line="91"/>
        <source>Why the correction is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="99"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="103"/>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="122"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="134"/>
        <source>Save the correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../qml/AppHeader.qml" line="24"/>
        <source>Hembesök</source>
        <translation type="unfinished">Home visit</translation>
    </message>
    <message>
        <location filename="../qml/AppHeader.qml" line="29"/>
        <source>Back to the start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AppHeader.qml" line="43"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AppHeader.qml" line="46"/>
        <source>Settings: language, text size, automatic lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AppHeader.qml" line="51"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/AppHeader.qml" line="55"/>
        <source>Lock the tablet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadDelegate</name>
    <message>
        <location filename="../qml/CaseloadDelegate.qml" line="23"/>
        <source>%1, %2 years, %3, next visit %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/CaseloadDelegate.qml" line="40"/>
        <source>%1, %2 years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message numerus="yes">
        <location filename="../app/ui/caseloadmodel.cpp" line="15"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/caseloadmodel.cpp" line="18"/>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/caseloadmodel.cpp" line="19"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../qml/CaseloadPage.qml" line="32"/>
        <location filename="../qml/CaseloadPage.qml" line="70"/>
        <source>My children</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/CaseloadPage.qml" line="38"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/CaseloadPage.qml" line="47"/>
        <source>%n returned for completion</source>
        <translation>
            <numerusform>%n returned for completion</numerusform>
            <numerusform>%n returned for completion</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/CaseloadPage.qml" line="82"/>
        <source>No children in your caseload yet. They arrive with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistItemDelegate</name>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="41"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="42"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="43"/>
        <source>Something is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="44"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="56"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="62"/>
        <source>Item %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="130"/>
        <location filename="../qml/ChecklistItemDelegate.qml" line="152"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="168"/>
        <source>Why was the child not spoken with alone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="191"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="202"/>
        <source>Explain why (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="203"/>
        <source>Explain why the child was not spoken with alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="244"/>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildMode</name>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="20"/>
        <source>How is it to live here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="21"/>
        <source>How safe do you feel here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="22"/>
        <source>How is it at school or preschool?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="23"/>
        <source>How is it to play with your friends?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="24"/>
        <source>How is it to meet your family?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="27"/>
        <source>How do you like living in the foster home?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="28"/>
        <source>How safe do you feel where you live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="29"/>
        <source>How does it feel at school?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="30"/>
        <source>How are things with friends and free time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="31"/>
        <source>How is it with seeing your family?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="32"/>
        <source>How much do you feel the adults listen to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="35"/>
        <source>Very bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="35"/>
        <source>Bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="36"/>
        <source>In between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="36"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="37"/>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="88"/>
        <source>Child mode needs an open visit that is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="101"/>
        <source>The visit already holds six answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="50"/>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildModePage</name>
    <message>
        <location filename="../qml/ChildModePage.qml" line="24"/>
        <source>Questions for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="77"/>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="86"/>
        <source>For adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="92"/>
        <source>For adults: press and hold to leave child mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="101"/>
        <source>Thank you! Now you can give the tablet back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="164"/>
        <source>Do you want to say something more? You don&apos;t have to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="169"/>
        <source>Your own words, if you want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="190"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="195"/>
        <source>Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="204"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="204"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="224"/>
        <source>Leave child mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="222"/>
        <source>Leave child mode with your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="225"/>
        <source>Stay in child mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="223"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <location filename="../qml/ChildPage.qml" line="32"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildPage.qml" line="35"/>
        <source>Back to my children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildPage.qml" line="47"/>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildPage.qml" line="51"/>
        <source>Start a new visit with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildPage.qml" line="63"/>
        <location filename="../qml/ChildPage.qml" line="78"/>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildPage.qml" line="91"/>
        <source>No visits recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildVisitEditor</name>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="56"/>
        <source>The visit could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="57"/>
        <source>This visit is not in the journal on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="58"/>
        <source>A new visit could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="59"/>
        <source>Not saved yet: what you wrote is still here and is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="61"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="62"/>
        <source>The visit cannot be signed yet: see what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="64"/>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="65"/>
        <source>The journal refused to sign: see what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="66"/>
        <source>The visit could not be signed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="243"/>
        <source>The foster home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="244"/>
        <source>School or preschool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="245"/>
        <source>The office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="246"/>
        <source>Another place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildVisitPage</name>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="25"/>
        <location filename="../qml/ChildVisitPage.qml" line="91"/>
        <source>Visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="83"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="84"/>
        <source>Back to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="92"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="99"/>
        <source>%1 years · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="107"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="108"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="109"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="110"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="119"/>
        <source>Hand over to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="122"/>
        <source>Hand the tablet over to the child for a few questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="127"/>
        <location filename="../qml/ChildVisitPage.qml" line="439"/>
        <source>Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="131"/>
        <location filename="../qml/ChildVisitPage.qml" line="442"/>
        <location filename="../qml/ChildVisitPage.qml" line="452"/>
        <source>Sign the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="132"/>
        <source>Sign the visit: see what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="143"/>
        <source>Opening the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="174"/>
        <source>This visit is signed and cannot be changed. A correction is added as an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="175"/>
        <source>This draft belongs to another author and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="180"/>
        <source>The visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="187"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="188"/>
        <source>Started (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="189"/>
        <source>Ended (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="201"/>
        <source>Date of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="213"/>
        <source>Time the visit started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="225"/>
        <source>Time the visit ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="230"/>
        <source>Ended now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="232"/>
        <source>The visit ended now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="237"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="264"/>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="274"/>
        <location filename="../qml/ChildVisitPage.qml" line="278"/>
        <source>Which place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="282"/>
        <location filename="../qml/ChildVisitPage.qml" line="288"/>
        <source>Participants, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="287"/>
        <source>Name, role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="292"/>
        <source>The child&apos;s participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChildVisitPage.qml" line="296"/>
        <source>%n required item(s) left before the visit can be signed.</source>
        <translation>
            <numerusform>%n required item left before the visit can be signed.</numerusform>
            <numerusform>%n required items left before the visit can be signed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="297"/>
        <source>The required items are answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="322"/>
        <source>The child&apos;s own answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="337"/>
        <source>%1 — %2 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="345"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="346"/>
        <location filename="../qml/ChildVisitPage.qml" line="352"/>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="355"/>
        <location filename="../qml/ChildVisitPage.qml" line="360"/>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="364"/>
        <source>Next planned visit (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="378"/>
        <source>Date of the next planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChildVisitPage.qml" line="385"/>
        <source>In %n week(s)</source>
        <translation>
            <numerusform>In %n week</numerusform>
            <numerusform>In %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChildVisitPage.qml" line="387"/>
        <source>Next visit in %n week(s)</source>
        <translation>
            <numerusform>Next visit in %n week</numerusform>
            <numerusform>Next visit in %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="393"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="397"/>
        <source>I have a concern to raise with my supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="409"/>
        <source>The secretary marked a concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="410"/>
        <source>The secretary marked no concern of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="417"/>
        <source>The concern flag is up: your supervisor sees this visit first after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="430"/>
        <source>Signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChildVisitPage.qml" line="432"/>
        <source>%n thing(s) left before the visit can be signed.</source>
        <translation>
            <numerusform>%n thing left before the visit can be signed.</numerusform>
            <numerusform>%n things left before the visit can be signed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="433"/>
        <source>Ready to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="453"/>
        <source>Sign the visit with your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="454"/>
        <source>Signing is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChildVisitPage.qml" line="455"/>
        <source>%n thing(s) must be completed before the visit can be signed:</source>
        <translation>
            <numerusform>%n thing must be completed before the visit can be signed:</numerusform>
            <numerusform>%n things must be completed before the visit can be signed:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="457"/>
        <source>A signed visit cannot be changed; a correction is added as an amendment. Enter your PIN to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="458"/>
        <source>Back to the visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceDelegate</name>
    <message>
        <location filename="../qml/DeviceDelegate.qml" line="25"/>
        <source>%1, enrolled %2 by %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DeviceDelegate.qml" line="39"/>
        <source>%1 (this tablet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DeviceDelegate.qml" line="44"/>
        <source>Enrolled %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DeviceDelegate.qml" line="49"/>
        <source>Your answer is sent at the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DeviceDelegate.qml" line="55"/>
        <source>It was me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DeviceDelegate.qml" line="61"/>
        <source>It was not me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceNotice</name>
    <message>
        <location filename="../qml/DeviceNotice.qml" line="41"/>
        <source>It was me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DeviceNotice.qml" line="49"/>
        <source>It was not me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/DeviceNotice.qml" line="56"/>
        <source>My tablets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../qml/DevicesPage.qml" line="23"/>
        <source>My tablets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentPage</name>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="27"/>
        <source>Set up this tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="32"/>
        <source>You need a network connection and the one-time code from your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="36"/>
        <location filename="../qml/EnrollmentPage.qml" line="46"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="48"/>
        <source>Server key (from your administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="56"/>
        <source>Server key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="58"/>
        <location filename="../qml/EnrollmentPage.qml" line="66"/>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="74"/>
        <location filename="../qml/EnrollmentPage.qml" line="84"/>
        <source>Choose a PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="94"/>
        <location filename="../qml/EnrollmentPage.qml" line="104"/>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="111"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="111"/>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="117"/>
        <source>Set up the tablet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasedPage</name>
    <message>
        <location filename="../qml/ErasedPage.qml" line="16"/>
        <source>The journal on this tablet was erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyRating</name>
    <message>
        <location filename="../app/ui/supervision/familyratingcontroller.cpp" line="25"/>
        <source>How well does the support from the social services work for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/familyratingcontroller.cpp" line="41"/>
        <source>Not good at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/familyratingcontroller.cpp" line="46"/>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/familyratingcontroller.cpp" line="71"/>
        <source>The family&apos;s rating needs an open session that is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/familyratingcontroller.cpp" line="20"/>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyRatingPage</name>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="23"/>
        <source>Your rating of the support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="39"/>
        <source>For the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="47"/>
        <source>For the secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="53"/>
        <source>For the secretary: press and hold to take the tablet back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="62"/>
        <source>Thank you! Now you can give the tablet back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="98"/>
        <location filename="../qml/FamilyRatingPage.qml" line="100"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="101"/>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="140"/>
        <source>Anything you want to add about the support? You don&apos;t have to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="145"/>
        <source>Your own words about the support, if you want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="166"/>
        <source>Change my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="180"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="186"/>
        <source>Done with the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="200"/>
        <source>Take the tablet back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="198"/>
        <source>Take the tablet back with your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="201"/>
        <source>Leave the tablet with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="199"/>
        <source>Take back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FosterHomeDelegate</name>
    <message>
        <location filename="../qml/FosterHomeDelegate.qml" line="26"/>
        <source>%1, %2, next session %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/FosterHomeDelegate.qml" line="60"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/FosterHomeDelegate.qml" line="74"/>
        <source>Last session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FosterHomeDelegate.qml" line="75"/>
        <source>No session yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FosterHomeListModel</name>
    <message>
        <location filename="../app/ui/supervision/fosterhomelistmodel.cpp" line="60"/>
        <source>%1, %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/fosterhomelistmodel.cpp" line="90"/>
        <source>Foster home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/fosterhomelistmodel.cpp" line="91"/>
        <source>Kinship home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/fosterhomelistmodel.cpp" line="92"/>
        <source>Emergency foster home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/fosterhomelistmodel.cpp" line="93"/>
        <source>Agency-supported home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/fosterhomelistmodel.cpp" line="94"/>
        <source>Residential care home (HVB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FosterHomePage</name>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="54"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="57"/>
        <source>Back to my foster homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="62"/>
        <source>Foster home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="69"/>
        <source>New supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="73"/>
        <source>Start a new supervision session with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="121"/>
        <source>Kind of home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="123"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="129"/>
        <source>Children placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="133"/>
        <source>No child placed here on this tablet&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="137"/>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="140"/>
        <source>last session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="152"/>
        <location filename="../qml/FosterHomePage.qml" line="168"/>
        <source>Supervision sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="177"/>
        <source>No supervision sessions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FosterHomesPage</name>
    <message>
        <location filename="../qml/FosterHomesPage.qml" line="39"/>
        <location filename="../qml/FosterHomesPage.qml" line="71"/>
        <source>My foster homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/FosterHomesPage.qml" line="50"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/FosterHomesPage.qml" line="80"/>
        <source>No foster homes assigned to you yet. They arrive with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandBackDialog</name>
    <message>
        <location filename="../qml/HandBackDialog.qml" line="57"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HandBackDialog.qml" line="61"/>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/HandBackDialog.qml" line="78"/>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="18"/>
        <source>Hembesök</source>
        <translation>Home visit</translation>
    </message>
</context>
<context>
    <name>ParticipationChecklist</name>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="37"/>
        <source>The child was told, in an age-adapted way, why the visit happens and what will be written down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="43"/>
        <source>Conversation with the child alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="47"/>
        <source>The child&apos;s own views, topic by topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="51"/>
        <source>The child was asked whether they feel safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="55"/>
        <source>The child knows how to reach their social secretary between visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="60"/>
        <source>The child was told how their views will be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="64"/>
        <source>Interpreter or communication aids used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="68"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="75"/>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="114"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="76"/>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="77"/>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="117"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="78"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="81"/>
        <source>The child declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="82"/>
        <source>Too young (observation instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="83"/>
        <source>Not judged appropriate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="84"/>
        <source>Practical obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="85"/>
        <source>Interpreter missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="88"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="89"/>
        <source>Play or drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="90"/>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="91"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="299"/>
        <source>Describe the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="304"/>
        <source>Which interpreter or communication aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="310"/>
        <source>Describe the other method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="371"/>
        <source>%1 of %2 topics answered</source>
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
    <name>RecordDelegate</name>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="36"/>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="37"/>
        <source>Returned for completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="44"/>
        <source>Supervision session – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="45"/>
        <source>Supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="46"/>
        <source>Visit with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="47"/>
        <source>Child visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="51"/>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="51"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="52"/>
        <location filename="../qml/RecordDelegate.qml" line="77"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="71"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="71"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/RecordDelegate.qml" line="72"/>
        <source>%n amendment(s)</source>
        <translation>
            <numerusform>%n amendment</numerusform>
            <numerusform>%n amendments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <location filename="../app/ui/recordlistmodel.cpp" line="19"/>
        <source>Saved on the tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/recordlistmodel.cpp" line="21"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/recordlistmodel.cpp" line="23"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/recordlistmodel.cpp" line="25"/>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSectionDelegate</name>
    <message>
        <location filename="../qml/RecordSectionDelegate.qml" line="35"/>
        <source>Amendment %1 by %2: %3. Reason: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordSectionDelegate.qml" line="53"/>
        <source>Amendment, added %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordSectionDelegate.qml" line="83"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordViewPage</name>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="39"/>
        <location filename="../qml/RecordViewPage.qml" line="42"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="53"/>
        <source>Supervision session – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="54"/>
        <source>Visit with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="63"/>
        <source>Written by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="64"/>
        <source>signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="64"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="83"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="148"/>
        <source>The record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="166"/>
        <source>Amendments and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="171"/>
        <source>Amendments (later corrections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="193"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="235"/>
        <source>Make a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="238"/>
        <source>Make a correction to this signed record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="246"/>
        <source>Return for completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="249"/>
        <source>Return the record to the author for completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="260"/>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="265"/>
        <source>Sign off the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordViewer</name>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="81"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="111"/>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="130"/>
        <source>The child&apos;s participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="138"/>
        <source>The child&apos;s views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="153"/>
        <source>Not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="164"/>
        <source>The child&apos;s own answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="167"/>
        <location filename="../app/ui/review/recordsections.cpp" line="240"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="170"/>
        <source>No face chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="177"/>
        <source>Observations and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="178"/>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="179"/>
        <location filename="../app/ui/review/recordsections.cpp" line="233"/>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="180"/>
        <source>Next planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="184"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="185"/>
        <source>The social secretary raised a concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="194"/>
        <source>The visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="195"/>
        <location filename="../app/ui/review/recordsections.cpp" line="223"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="200"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="201"/>
        <location filename="../app/ui/review/recordsections.cpp" line="224"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="217"/>
        <source>The session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="229"/>
        <source>Forms of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="231"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="232"/>
        <source>The family&apos;s needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="234"/>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="238"/>
        <source>The family&apos;s rating of the support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="254"/>
        <location filename="../app/ui/review/recordsections.cpp" line="338"/>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="290"/>
        <source>Signed by %1 on this tablet – the signature holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="294"/>
        <source>Signed by %1 on tablet %2 – the signature holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="298"/>
        <source>The signature does not hold – the record is not shown as genuine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="301"/>
        <source>Signed before signatures existed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="303"/>
        <source>Signed by %1 on tablet %2 – the signature cannot be checked on this tablet yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="315"/>
        <source>The signature does not hold – not genuine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="322"/>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="324"/>
        <source>Returned for completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="326"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="327"/>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="334"/>
        <source>Child visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="336"/>
        <source>Supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="340"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="172"/>
        <source>The record could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="179"/>
        <source>This record is not in the journal on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="313"/>
        <source>Only the author can correct a signed record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="317"/>
        <source>Write the correction before saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="343"/>
        <source>You cannot review your own record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="344"/>
        <source>Only a supervisor can review a signed record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="352"/>
        <source>Write what needs to be completed before returning the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="371"/>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="398"/>
        <source>The amendment could not be saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="424"/>
        <source>The review could not be saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="21"/>
        <source>Return for completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="21"/>
        <location filename="../qml/ReviewDialog.qml" line="142"/>
        <source>Sign off the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="58"/>
        <source>The author sees your comment on her tablet after the next sync and completes the record with an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="59"/>
        <source>Signing off confirms that you have read the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="64"/>
        <location filename="../qml/ReviewDialog.qml" line="86"/>
        <source>What needs to be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="64"/>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="72"/>
        <source>For example: the reason the child was not spoken with alone is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="86"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="94"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="98"/>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="115"/>
        <source>Saving the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="124"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="136"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="136"/>
        <source>Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="142"/>
        <source>Return the record for completion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="48"/>
        <location filename="../qml/ReviewQueuePage.qml" line="51"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="55"/>
        <location filename="../qml/ReviewQueuePage.qml" line="122"/>
        <source>The team&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="55"/>
        <location filename="../qml/ReviewQueuePage.qml" line="122"/>
        <source>My records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewQueuePage.qml" line="64"/>
        <source>%n not reviewed</source>
        <translation>
            <numerusform>%n not reviewed</numerusform>
            <numerusform>%n not reviewed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="78"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="82"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="83"/>
        <source>Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="84"/>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="85"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewQueuePage.qml" line="100"/>
        <source>%1, %n record(s)</source>
        <translation>
            <numerusform>%1, %n record</numerusform>
            <numerusform>%1, %n records</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="135"/>
        <source>No signed records from the team yet. They arrive with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="136"/>
        <source>No records yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="137"/>
        <source>No records match this filter.</source>
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
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="10"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="21"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="38"/>
        <location filename="../qml/SettingsDialog.qml" line="47"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SettingsDialog.qml" line="50"/>
        <source>Lock automatically after %n minute(s) without use</source>
        <translation>
            <numerusform>Lock automatically after %n minute without use</numerusform>
            <numerusform>Lock automatically after %n minutes without use</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="57"/>
        <source>Minutes before the automatic lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="62"/>
        <source>My tablets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../qml/SignDialog.qml" line="82"/>
        <source>What blocks signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="127"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="131"/>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="148"/>
        <source>Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="158"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="171"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionSessionEditor</name>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="25"/>
        <source>Foster home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="26"/>
        <source>Date of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="27"/>
        <source>Start of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="28"/>
        <source>End of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="29"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="30"/>
        <source>Form of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="31"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="32"/>
        <source>The family&apos;s needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="33"/>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="34"/>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="35"/>
        <source>The family&apos;s rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="70"/>
        <source>The session could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="71"/>
        <source>This session is not in the journal on this tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="73"/>
        <source>A new session could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="74"/>
        <source>Not saved yet: what you wrote is still here and is tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="76"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="77"/>
        <source>The session cannot be signed yet: see what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="79"/>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="80"/>
        <source>The journal refused to sign: see what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="82"/>
        <source>The session could not be signed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionSessionPage</name>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="25"/>
        <source>Supervision session with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="101"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="102"/>
        <source>Back to the foster home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="109"/>
        <source>Supervision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="110"/>
        <source>Supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="124"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="125"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="126"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="127"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="136"/>
        <source>Hand over to the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="139"/>
        <source>Hand the tablet over to the family for their rating of the support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="144"/>
        <location filename="../qml/SupervisionSessionPage.qml" line="351"/>
        <source>Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="148"/>
        <location filename="../qml/SupervisionSessionPage.qml" line="354"/>
        <source>Sign the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="149"/>
        <source>Sign the session: see what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="160"/>
        <source>Opening the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="192"/>
        <source>This session is signed and cannot be changed. A correction is added as an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="193"/>
        <source>This draft belongs to another author and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="198"/>
        <source>The session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="205"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="206"/>
        <source>Started (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="207"/>
        <source>Ended (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="214"/>
        <source>Date of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="221"/>
        <source>Time the session started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="228"/>
        <source>Time the session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="233"/>
        <location filename="../qml/SupervisionSessionPage.qml" line="239"/>
        <source>Participants, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="238"/>
        <source>Name, role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="243"/>
        <source>Form of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="248"/>
        <source>None chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="268"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="269"/>
        <location filename="../qml/SupervisionSessionPage.qml" line="275"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="278"/>
        <location filename="../qml/SupervisionSessionPage.qml" line="283"/>
        <source>The family&apos;s needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="286"/>
        <location filename="../qml/SupervisionSessionPage.qml" line="291"/>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="295"/>
        <source>Next session (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="304"/>
        <source>Date of the next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SupervisionSessionPage.qml" line="311"/>
        <source>In %n week(s)</source>
        <translation>
            <numerusform>In %n week</numerusform>
            <numerusform>In %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SupervisionSessionPage.qml" line="313"/>
        <source>Next session in %n week(s)</source>
        <translation>
            <numerusform>Next session in %n week</numerusform>
            <numerusform>Next session in %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="319"/>
        <source>The family&apos;s rating of the support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="322"/>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="323"/>
        <source>No score given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="324"/>
        <source>The family did not rate this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="325"/>
        <source>Not rated. Hand the tablet over to the family to let them rate the support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SupervisionSessionPage.qml" line="344"/>
        <source>%n thing(s) left before the session can be signed.</source>
        <translation>
            <numerusform>%n thing left before the session can be signed.</numerusform>
            <numerusform>%n things left before the session can be signed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="345"/>
        <source>Ready to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="364"/>
        <source>Sign the supervision session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="365"/>
        <source>Sign the session with your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="366"/>
        <source>Signing is blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SupervisionSessionPage.qml" line="367"/>
        <source>%n thing(s) must be completed before the session can be signed:</source>
        <translation>
            <numerusform>%n thing must be completed before the session can be signed:</numerusform>
            <numerusform>%n things must be completed before the session can be signed:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="369"/>
        <source>A signed session cannot be changed; a correction is added as an amendment. Enter your PIN to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="370"/>
        <source>Back to the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportFormsModel</name>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="17"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="18"/>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="19"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="20"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="21"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="22"/>
        <source>Support with contact with parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="23"/>
        <source>Other foster homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="24"/>
        <source>Other professionals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../qml/SyncStatusBar.qml" line="39"/>
        <location filename="../qml/SyncStatusBar.qml" line="44"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../qml/UnlockPage.qml" line="26"/>
        <source>Hembesök</source>
        <translation type="unfinished">Home visit</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="34"/>
        <source>Unlock with your PIN, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="45"/>
        <location filename="../qml/UnlockPage.qml" line="52"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="58"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="58"/>
        <location filename="../qml/UnlockPage.qml" line="64"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/UnlockPage.qml" line="83"/>
        <source>Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Wait %n second before the next try.</numerusform>
            <numerusform>Wait %n seconds before the next try.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/UnlockPage.qml" line="90"/>
        <source>Careful: %n more wrong PIN(s) erase the journal on this tablet.</source>
        <translation>
            <numerusform>Careful: %n more wrong PIN erases the journal on this tablet.</numerusform>
            <numerusform>Careful: %n more wrong PINs erase the journal on this tablet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="99"/>
        <source>Demo: the PIN is 246813. Everything here is invented.</source>
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
<context>
    <name>ViewTopicDelegate</name>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="29"/>
        <source>The child&apos;s views on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="54"/>
        <location filename="../qml/ViewTopicDelegate.qml" line="62"/>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="55"/>
        <location filename="../qml/ViewTopicDelegate.qml" line="71"/>
        <source>Not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="56"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="65"/>
        <source>%1: discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="74"/>
        <source>%1: not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="86"/>
        <source>The child&apos;s own words (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="87"/>
        <source>The child&apos;s own words on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="99"/>
        <source>Why not, or when it will be discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="100"/>
        <source>Your notes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="101"/>
        <source>Your notes on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViolationsModel</name>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="19"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="20"/>
        <source>Start of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="21"/>
        <source>End of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="22"/>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="23"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="24"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="25"/>
        <source>The child&apos;s own answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="26"/>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="27"/>
        <source>Agreed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="28"/>
        <source>Next planned visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="36"/>
        <source>3. The child&apos;s views: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homevisit::ui::DeviceListModel</name>
    <message>
        <location filename="../app/ui/devicelistmodel.cpp" line="131"/>
        <source>A new tablet has been enrolled for your account: %1, %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/devicelistmodel.cpp" line="133"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/devicelistmodel.cpp" line="146"/>
        <source>This tablet is waiting for approval. Earlier notes appear when you approve it from your other tablet, or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/devicelistmodel.cpp" line="180"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/devicelistmodel.cpp" line="182"/>
        <source>Waiting for approval until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/devicelistmodel.cpp" line="184"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homevisit::ui::SessionController</name>
    <message numerus="yes">
        <location filename="../app/ui/sessioncontroller.cpp" line="55"/>
        <source>Wrong PIN. %n attempt(s) left before the journal on this tablet is erased.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left before the journal on this tablet is erased.</numerusform>
            <numerusform>Wrong PIN. %n attempts left before the journal on this tablet is erased.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="59"/>
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="61"/>
        <source>Too many wrong PINs. Wait until the countdown has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="64"/>
        <source>Too many wrong PINs: the journal on this tablet was erased. Signed records that were synced are safe on the server. Contact your administrator to enroll again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="69"/>
        <source>The journal on this tablet is damaged. Contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="72"/>
        <location filename="../app/ui/sessioncontroller.cpp" line="244"/>
        <location filename="../app/ui/sessioncontroller.cpp" line="291"/>
        <source>The journal could not be opened. Contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="81"/>
        <source>The server could not be reached. Check the address and the network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="85"/>
        <source>The server did not prove who it is. Check the server key with your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="90"/>
        <source>The one-time code was not accepted. Ask your administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="92"/>
        <location filename="../app/ui/sessioncontroller.cpp" line="387"/>
        <source>Enrollment failed. Try again or contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="118"/>
        <source>The server no longer accepts this tablet&apos;s enrollment, so the journal is not shown. Everything stays saved on the tablet. Contact your administrator to enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/sessioncontroller.cpp" line="124"/>
        <source>The tablet has not been able to reach the server for %n day(s). Connect to the network and unlock again, so that the server can confirm that the account is still valid.</source>
        <translation>
            <numerusform>The tablet has not been able to reach the server for %n day. Connect to the network and unlock again, so that the server can confirm that the account is still valid.</numerusform>
            <numerusform>The tablet has not been able to reach the server for %n days. Connect to the network and unlock again, so that the server can confirm that the account is still valid.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="312"/>
        <source>Choose a PIN of at least 6 digits that is hard to guess: not the same digit repeated, not a run such as 123456, and not a date or a common code. You use it to unlock the tablet and to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="333"/>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="343"/>
        <source>Check the server address (https://…) and the server key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="97"/>
        <source>An administrator has withdrawn this tablet&apos;s access, so the journal on it was erased. What had been synced is safe on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>homevisit::ui::SyncIndicator</name>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="47"/>
        <source>Demo: nothing is sent anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="48"/>
        <source>Not connected to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="62"/>
        <source>last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="63"/>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="65"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="69"/>
        <source>Open the record marked &quot;Refused by the server&quot; to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="72"/>
        <source>Waiting to sync — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="77"/>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/syncindicator.cpp" line="83"/>
        <source>Not connected — %n change(s) saved on the tablet</source>
        <translation>
            <numerusform>Not connected — %n change saved on the tablet</numerusform>
            <numerusform>Not connected — %n changes saved on the tablet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="85"/>
        <source>Not connected — saved on the tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="88"/>
        <source>It is sent by itself when the tablet is online (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="91"/>
        <source>This tablet is not enrolled with the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="92"/>
        <source>Ask your administrator for a new one-time code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="96"/>
        <source>The app must be updated before it can sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="98"/>
        <source>Everything stays saved on the tablet. Contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="102"/>
        <source>The server did not accept the last sync — saved on the tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="103"/>
        <source>It is tried again later. If this remains, contact your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="108"/>
        <source>This tablet&apos;s access was withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
