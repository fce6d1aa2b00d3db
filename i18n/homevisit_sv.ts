<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="19"/>
        <source>Make a correction</source>
        <translation>Gör en rättelse</translation>
    </message>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="52"/>
        <source>A signed record is never changed. The correction is added as an amendment with today&apos;s date, and the original stays readable beside it.</source>
        <translation>En signerad anteckning ändras aldrig. Rättelsen läggs till med dagens datum, och originalet finns kvar att läsa bredvid.</translation>
    </message>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="57"/>
        <location filename="../qml/AmendmentDialog.qml" line="77"/>
        <source>The correction</source>
        <translation>Rättelsen</translation>
    </message>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="80"/>
        <location filename="../qml/AmendmentDialog.qml" line="91"/>
        <source>Why the correction is needed</source>
        <translation>Varför rättelsen behövs</translation>
    </message>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="99"/>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="103"/>
        <source>Your PIN</source>
        <translation>Din PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="122"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../qml/AmendmentDialog.qml" line="134"/>
        <source>Save the correction</source>
        <translation>Spara rättelsen</translation>
    </message>
</context>
<context>
    <name>AppHeader</name>
    <message>
        <location filename="../qml/AppHeader.qml" line="24"/>
        <source>Hembesök</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <location filename="../qml/AppHeader.qml" line="29"/>
        <source>Back to the start page</source>
        <translation>Tillbaka till startsidan</translation>
    </message>
    <message>
        <location filename="../qml/AppHeader.qml" line="43"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../qml/AppHeader.qml" line="46"/>
        <source>Settings: language, text size, automatic lock</source>
        <translation>Inställningar: språk, textstorlek, automatisk låsning</translation>
    </message>
    <message>
        <location filename="../qml/AppHeader.qml" line="51"/>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location filename="../qml/AppHeader.qml" line="55"/>
        <source>Lock the tablet</source>
        <translation>Lås surfplattan</translation>
    </message>
</context>
<context>
    <name>CaseloadDelegate</name>
    <message>
        <location filename="../qml/CaseloadDelegate.qml" line="23"/>
        <source>%1, %2 years, %3, next visit %4</source>
        <translation>%1, %2 år, %3, nästa besök %4</translation>
    </message>
    <message>
        <location filename="../qml/CaseloadDelegate.qml" line="40"/>
        <source>%1, %2 years</source>
        <translation>%1, %2 år</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message numerus="yes">
        <location filename="../app/ui/caseloadmodel.cpp" line="15"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>försenat %n dag</numerusform>
            <numerusform>försenat %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/caseloadmodel.cpp" line="18"/>
        <source>due today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/caseloadmodel.cpp" line="19"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>om %n dag</numerusform>
            <numerusform>om %n dagar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../qml/CaseloadPage.qml" line="32"/>
        <location filename="../qml/CaseloadPage.qml" line="70"/>
        <source>My children</source>
        <translation>Mina barn</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/CaseloadPage.qml" line="38"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenat besök</numerusform>
            <numerusform>%n försenade besök</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/CaseloadPage.qml" line="47"/>
        <source>%n returned for completion</source>
        <translation>
            <numerusform>%n återförd för komplettering</numerusform>
            <numerusform>%n återförda för komplettering</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/CaseloadPage.qml" line="82"/>
        <source>No children in your caseload yet. They arrive with the next sync.</source>
        <translation>Inga barn i din ärendelista än. De kommer med nästa synkning.</translation>
    </message>
</context>
<context>
    <name>ChecklistItemDelegate</name>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="41"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="42"/>
        <source>Required</source>
        <translation>Krävs</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="43"/>
        <source>Something is missing</source>
        <translation>Något saknas</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="44"/>
        <source>Optional</source>
        <translation>Frivilligt</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="56"/>
        <source>Not answered</source>
        <translation>Inte besvarat</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="62"/>
        <source>Item %1: %2. %3</source>
        <translation>Punkt %1: %2. %3</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="130"/>
        <location filename="../qml/ChecklistItemDelegate.qml" line="152"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="168"/>
        <source>Why was the child not spoken with alone?</source>
        <translation>Varför blev det inget enskilt samtal med barnet?</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="191"/>
        <source>Reason: %1</source>
        <translation>Skäl: %1</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="202"/>
        <source>Explain why (required)</source>
        <translation>Förklara varför (krävs)</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="203"/>
        <source>Explain why the child was not spoken with alone</source>
        <translation>Förklara varför det inte blev något enskilt samtal med barnet</translation>
    </message>
    <message>
        <location filename="../qml/ChecklistItemDelegate.qml" line="244"/>
        <source>%1 (required)</source>
        <translation>%1 (krävs)</translation>
    </message>
</context>
<context>
    <name>ChildMode</name>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="20"/>
        <source>How is it to live here?</source>
        <translation>Hur är det att bo här?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="21"/>
        <source>How safe do you feel here?</source>
        <translation>Hur trygg känner du dig här?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="22"/>
        <source>How is it at school or preschool?</source>
        <translation>Hur är det i skolan eller på förskolan?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="23"/>
        <source>How is it to play with your friends?</source>
        <translation>Hur är det att leka med dina kompisar?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="24"/>
        <source>How is it to meet your family?</source>
        <translation>Hur är det att träffa din familj?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="27"/>
        <source>How do you like living in the foster home?</source>
        <translation>Hur trivs du i familjehemmet?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="28"/>
        <source>How safe do you feel where you live?</source>
        <translation>Hur trygg känner du dig där du bor?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="29"/>
        <source>How does it feel at school?</source>
        <translation>Hur känns det i skolan?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="30"/>
        <source>How are things with friends and free time?</source>
        <translation>Hur har du det med kompisar och fritid?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="31"/>
        <source>How is it with seeing your family?</source>
        <translation>Hur är det med att träffa din familj?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="32"/>
        <source>How much do you feel the adults listen to you?</source>
        <translation>Hur mycket tycker du att de vuxna lyssnar på dig?</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="35"/>
        <source>Very bad</source>
        <translation>Jättedåligt</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="35"/>
        <source>Bad</source>
        <translation>Dåligt</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="36"/>
        <source>In between</source>
        <translation>Mittemellan</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="36"/>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="37"/>
        <source>Very good</source>
        <translation>Jättebra</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="88"/>
        <source>Child mode needs an open visit that is not signed.</source>
        <translation>Barnläget behöver ett öppet besök som inte är signerat.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="101"/>
        <source>The visit already holds six answers.</source>
        <translation>Besöket har redan sex svar från barnet.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childmodecontroller.cpp" line="50"/>
        <source>Wrong PIN.</source>
        <translation>Fel PIN-kod.</translation>
    </message>
</context>
<context>
    <name>ChildModePage</name>
    <message>
        <location filename="../qml/ChildModePage.qml" line="24"/>
        <source>Questions for you</source>
        <translation>Frågor till dig</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="77"/>
        <source>Question %1 of %2</source>
        <translation>Fråga %1 av %2</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="86"/>
        <source>For adults</source>
        <translation>För vuxna</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="92"/>
        <source>For adults: press and hold to leave child mode</source>
        <translation>För vuxna: håll in för att lämna barnläget</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="101"/>
        <source>Thank you! Now you can give the tablet back.</source>
        <translation>Tack! Nu kan du ge tillbaka surfplattan.</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="164"/>
        <source>Do you want to say something more? You don&apos;t have to.</source>
        <translation>Vill du säga något mer? Du behöver inte.</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="169"/>
        <source>Your own words, if you want</source>
        <translation>Dina egna ord, om du vill</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="190"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="195"/>
        <source>Previous question</source>
        <translation>Förra frågan</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="204"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="204"/>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="224"/>
        <source>Leave child mode</source>
        <translation>Lämna barnläget</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="222"/>
        <source>Leave child mode with your PIN</source>
        <translation>Lämna barnläget med din PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="225"/>
        <source>Stay in child mode</source>
        <translation>Stanna kvar i barnläget</translation>
    </message>
    <message>
        <location filename="../qml/ChildModePage.qml" line="223"/>
        <source>Leave</source>
        <translation>Lämna</translation>
    </message>
</context>
<context>
    <name>ChildPage</name>
    <message>
        <location filename="../qml/ChildPage.qml" line="32"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../qml/ChildPage.qml" line="35"/>
        <source>Back to my children</source>
        <translation>Tillbaka till mina barn</translation>
    </message>
    <message>
        <location filename="../qml/ChildPage.qml" line="47"/>
        <source>New visit</source>
        <translation>Nytt besök</translation>
    </message>
    <message>
        <location filename="../qml/ChildPage.qml" line="51"/>
        <source>Start a new visit with %1</source>
        <translation>Påbörja ett nytt besök hos %1</translation>
    </message>
    <message>
        <location filename="../qml/ChildPage.qml" line="63"/>
        <location filename="../qml/ChildPage.qml" line="78"/>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../qml/ChildPage.qml" line="91"/>
        <source>No visits recorded yet.</source>
        <translation>Inga besök dokumenterade än.</translation>
    </message>
</context>
<context>
    <name>ChildVisitEditor</name>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="56"/>
        <source>The visit could not be opened.</source>
        <translation>Besöket kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="57"/>
        <source>This visit is not in the journal on this tablet.</source>
        <translation>Besöket finns inte i journalen på den här surfplattan.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="58"/>
        <source>A new visit could not be created.</source>
        <translation>Ett nytt besök kunde inte skapas.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="59"/>
        <source>Not saved yet: what you wrote is still here and is tried again.</source>
        <translation>Inte sparat än: det du har skrivit finns kvar här och sparas igen strax.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="61"/>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="62"/>
        <source>The visit cannot be signed yet: see what is missing.</source>
        <translation>Besöket kan inte signeras än: se vad som saknas.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="64"/>
        <source>Wrong PIN.</source>
        <translation>Fel PIN-kod.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="65"/>
        <source>The journal refused to sign: see what is missing.</source>
        <translation>Journalen kunde inte signera besöket: se vad som saknas.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="66"/>
        <source>The visit could not be signed. Try again.</source>
        <translation>Besöket kunde inte signeras. Försök igen.</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="243"/>
        <source>The foster home</source>
        <translation>Familjehemmet</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="244"/>
        <source>School or preschool</source>
        <translation>Skolan eller förskolan</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="245"/>
        <source>The office</source>
        <translation>Kontoret</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/childvisiteditor.cpp" line="246"/>
        <source>Another place</source>
        <translation>Annan plats</translation>
    </message>
</context>
<context>
    <name>ChildVisitPage</name>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="25"/>
        <location filename="../qml/ChildVisitPage.qml" line="91"/>
        <source>Visit to %1</source>
        <translation>Besök hos %1</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="83"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="84"/>
        <source>Back to the child</source>
        <translation>Tillbaka till barnet</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="92"/>
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="99"/>
        <source>%1 years · %2</source>
        <translation>%1 år · %2</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="107"/>
        <source>Signed</source>
        <translation>Signerat</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="108"/>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="109"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="110"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="119"/>
        <source>Hand over to the child</source>
        <translation>Lämna över till barnet</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="122"/>
        <source>Hand the tablet over to the child for a few questions</source>
        <translation>Lämna över surfplattan till barnet för några frågor</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="127"/>
        <location filename="../qml/ChildVisitPage.qml" line="439"/>
        <source>Sign…</source>
        <translation>Signera…</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="131"/>
        <location filename="../qml/ChildVisitPage.qml" line="442"/>
        <location filename="../qml/ChildVisitPage.qml" line="452"/>
        <source>Sign the visit</source>
        <translation>Signera besöket</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="132"/>
        <source>Sign the visit: see what is missing</source>
        <translation>Signera besöket: se vad som saknas</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="143"/>
        <source>Opening the visit</source>
        <translation>Öppnar besöket</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="174"/>
        <source>This visit is signed and cannot be changed. A correction is added as an amendment.</source>
        <translation>Besöket är signerat och kan inte ändras. En rättelse läggs till som ett tillägg.</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="175"/>
        <source>This draft belongs to another author and cannot be changed here.</source>
        <translation>Utkastet har skrivits av någon annan och kan inte ändras här.</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="180"/>
        <source>The visit</source>
        <translation>Besöket</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="187"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="188"/>
        <source>Started (HH:MM)</source>
        <translation>Började (TT:MM)</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="189"/>
        <source>Ended (HH:MM)</source>
        <translation>Slutade (TT:MM)</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="201"/>
        <source>Date of the visit</source>
        <translation>Besökets datum</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="213"/>
        <source>Time the visit started</source>
        <translation>När besöket började</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="225"/>
        <source>Time the visit ended</source>
        <translation>När besöket slutade</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="230"/>
        <source>Ended now</source>
        <translation>Slutade nu</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="232"/>
        <source>The visit ended now</source>
        <translation>Besöket slutade nu</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="237"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="264"/>
        <source>Place: %1</source>
        <translation>Plats: %1</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="274"/>
        <location filename="../qml/ChildVisitPage.qml" line="278"/>
        <source>Which place</source>
        <translation>Vilken plats</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="282"/>
        <location filename="../qml/ChildVisitPage.qml" line="288"/>
        <source>Participants, one per line</source>
        <translation>Deltagare, en per rad</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="287"/>
        <source>Name, role</source>
        <translation>Namn, roll</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="292"/>
        <source>The child&apos;s participation</source>
        <translation>Barnets delaktighet</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChildVisitPage.qml" line="296"/>
        <source>%n required item(s) left before the visit can be signed.</source>
        <translation>
            <numerusform>%n obligatorisk punkt återstår innan besöket kan signeras.</numerusform>
            <numerusform>%n obligatoriska punkter återstår innan besöket kan signeras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="297"/>
        <source>The required items are answered.</source>
        <translation>De obligatoriska punkterna är besvarade.</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="322"/>
        <source>The child&apos;s own answers</source>
        <translation>Barnets egna svar</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="337"/>
        <source>%1 — %2 of 5</source>
        <translation>%1 — %2 av 5</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="345"/>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="346"/>
        <location filename="../qml/ChildVisitPage.qml" line="352"/>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="355"/>
        <location filename="../qml/ChildVisitPage.qml" line="360"/>
        <source>Agreed actions</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="364"/>
        <source>Next planned visit (YYYY-MM-DD)</source>
        <translation>Nästa planerade besök (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="378"/>
        <source>Date of the next planned visit</source>
        <translation>Datum för nästa planerade besök</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChildVisitPage.qml" line="385"/>
        <source>In %n week(s)</source>
        <translation>
            <numerusform>Om %n vecka</numerusform>
            <numerusform>Om %n veckor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChildVisitPage.qml" line="387"/>
        <source>Next visit in %n week(s)</source>
        <translation>
            <numerusform>Nästa besök om %n vecka</numerusform>
            <numerusform>Nästa besök om %n veckor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="393"/>
        <source>Concern</source>
        <translation>Oro</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="397"/>
        <source>I have a concern to raise with my supervisor</source>
        <translation>Jag har en oro att ta upp med min arbetsledare</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="409"/>
        <source>The secretary marked a concern.</source>
        <translation>Sekreteraren markerade oro.</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="410"/>
        <source>The secretary marked no concern of their own.</source>
        <translation>Sekreteraren markerade ingen egen oro.</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="417"/>
        <source>The concern flag is up: your supervisor sees this visit first after the next sync.</source>
        <translation>Oroflaggan är satt: din arbetsledare ser besöket först efter nästa synkning.</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="430"/>
        <source>Signed.</source>
        <translation>Signerat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChildVisitPage.qml" line="432"/>
        <source>%n thing(s) left before the visit can be signed.</source>
        <translation>
            <numerusform>%n sak återstår innan besöket kan signeras.</numerusform>
            <numerusform>%n saker återstår innan besöket kan signeras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="433"/>
        <source>Ready to sign.</source>
        <translation>Klart att signera.</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="453"/>
        <source>Sign the visit with your PIN</source>
        <translation>Signera besöket med din PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="454"/>
        <source>Signing is blocked</source>
        <translation>Besöket kan inte signeras än</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ChildVisitPage.qml" line="455"/>
        <source>%n thing(s) must be completed before the visit can be signed:</source>
        <translation>
            <numerusform>%n sak måste kompletteras innan besöket kan signeras:</numerusform>
            <numerusform>%n saker måste kompletteras innan besöket kan signeras:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="457"/>
        <source>A signed visit cannot be changed; a correction is added as an amendment. Enter your PIN to sign.</source>
        <translation>Ett signerat besök kan inte ändras; en rättelse läggs till som ett tillägg. Ange din PIN-kod för att signera.</translation>
    </message>
    <message>
        <location filename="../qml/ChildVisitPage.qml" line="458"/>
        <source>Back to the visit</source>
        <translation>Tillbaka till besöket</translation>
    </message>
</context>
<context>
    <name>DeviceDelegate</name>
    <message>
        <location filename="../qml/DeviceDelegate.qml" line="25"/>
        <source>%1, enrolled %2 by %3, %4</source>
        <translation>%1, registrerad %2 av %3, %4</translation>
    </message>
    <message>
        <location filename="../qml/DeviceDelegate.qml" line="39"/>
        <source>%1 (this tablet)</source>
        <translation>%1 (den här surfplattan)</translation>
    </message>
    <message>
        <location filename="../qml/DeviceDelegate.qml" line="44"/>
        <source>Enrolled %1 by %2</source>
        <translation>Registrerad %1 av %2</translation>
    </message>
    <message>
        <location filename="../qml/DeviceDelegate.qml" line="49"/>
        <source>Your answer is sent at the next sync</source>
        <translation>Ditt svar skickas vid nästa synkning</translation>
    </message>
    <message>
        <location filename="../qml/DeviceDelegate.qml" line="55"/>
        <source>It was me</source>
        <translation>Det var jag</translation>
    </message>
    <message>
        <location filename="../qml/DeviceDelegate.qml" line="61"/>
        <source>It was not me</source>
        <translation>Det var inte jag</translation>
    </message>
</context>
<context>
    <name>DeviceNotice</name>
    <message>
        <location filename="../qml/DeviceNotice.qml" line="41"/>
        <source>It was me</source>
        <translation>Det var jag</translation>
    </message>
    <message>
        <location filename="../qml/DeviceNotice.qml" line="49"/>
        <source>It was not me</source>
        <translation>Det var inte jag</translation>
    </message>
    <message>
        <location filename="../qml/DeviceNotice.qml" line="56"/>
        <source>My tablets</source>
        <translation>Mina surfplattor</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../qml/DevicesPage.qml" line="23"/>
        <source>My tablets</source>
        <translation>Mina surfplattor</translation>
    </message>
</context>
<context>
    <name>EnrollmentPage</name>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="27"/>
        <source>Set up this tablet</source>
        <translation>Registrera den här surfplattan</translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="32"/>
        <source>You need a network connection and the one-time code from your administrator.</source>
        <translation>Du behöver en nätverksanslutning och engångskoden från din administratör.</translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="36"/>
        <location filename="../qml/EnrollmentPage.qml" line="46"/>
        <source>Server address</source>
        <translation>Serveradress</translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="48"/>
        <source>Server key (from your administrator)</source>
        <translation>Servernyckel (från din administratör)</translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="56"/>
        <source>Server key</source>
        <translation>Servernyckel</translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="58"/>
        <location filename="../qml/EnrollmentPage.qml" line="66"/>
        <source>One-time code</source>
        <translation>Engångskod</translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="74"/>
        <location filename="../qml/EnrollmentPage.qml" line="84"/>
        <source>Choose a PIN</source>
        <translation>Välj en PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="94"/>
        <location filename="../qml/EnrollmentPage.qml" line="104"/>
        <source>The same PIN again</source>
        <translation>Samma PIN-kod igen</translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="111"/>
        <source>Connecting…</source>
        <translation>Ansluter…</translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="111"/>
        <source>Set up</source>
        <translation>Registrera</translation>
    </message>
    <message>
        <location filename="../qml/EnrollmentPage.qml" line="117"/>
        <source>Set up the tablet</source>
        <translation>Registrera surfplattan</translation>
    </message>
</context>
<context>
    <name>ErasedPage</name>
    <message>
        <location filename="../qml/ErasedPage.qml" line="16"/>
        <source>The journal on this tablet was erased</source>
        <translation>Journalen på den här surfplattan har raderats</translation>
    </message>
</context>
<context>
    <name>FamilyRating</name>
    <message>
        <location filename="../app/ui/supervision/familyratingcontroller.cpp" line="25"/>
        <source>How well does the support from the social services work for you?</source>
        <translation>Hur bra fungerar stödet från socialtjänsten för er?</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/familyratingcontroller.cpp" line="41"/>
        <source>Not good at all</source>
        <translation>Inte alls bra</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/familyratingcontroller.cpp" line="46"/>
        <source>Very good</source>
        <translation>Mycket bra</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/familyratingcontroller.cpp" line="71"/>
        <source>The family&apos;s rating needs an open session that is not signed.</source>
        <translation>Familjens bedömning behöver en öppen handledning som inte är signerad.</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/familyratingcontroller.cpp" line="20"/>
        <source>Wrong PIN.</source>
        <translation>Fel PIN-kod.</translation>
    </message>
</context>
<context>
    <name>FamilyRatingPage</name>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="23"/>
        <source>Your rating of the support</source>
        <translation>Er bedömning av stödet</translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="39"/>
        <source>For the family</source>
        <translation>För familjen</translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="47"/>
        <source>For the secretary</source>
        <translation>För socialsekreteraren</translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="53"/>
        <source>For the secretary: press and hold to take the tablet back</source>
        <translation>För socialsekreteraren: håll in för att ta tillbaka surfplattan</translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="62"/>
        <source>Thank you! Now you can give the tablet back.</source>
        <translation>Tack! Nu kan ni ge tillbaka surfplattan.</translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="98"/>
        <location filename="../qml/FamilyRatingPage.qml" line="100"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="101"/>
        <source>%1 of 10</source>
        <translation>%1 av 10</translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="140"/>
        <source>Anything you want to add about the support? You don&apos;t have to.</source>
        <translation>Vill ni lägga till något om stödet? Ni behöver inte.</translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="145"/>
        <source>Your own words about the support, if you want</source>
        <translation>Era egna ord om stödet, om ni vill</translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="166"/>
        <source>Change my answer</source>
        <translation>Ändra svaret</translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="180"/>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="186"/>
        <source>Done with the rating</source>
        <translation>Klart med bedömningen</translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="200"/>
        <source>Take the tablet back</source>
        <translation>Ta tillbaka surfplattan</translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="198"/>
        <source>Take the tablet back with your PIN</source>
        <translation>Ta tillbaka surfplattan med din PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="201"/>
        <source>Leave the tablet with the family</source>
        <translation>Låt familjen ha kvar surfplattan</translation>
    </message>
    <message>
        <location filename="../qml/FamilyRatingPage.qml" line="199"/>
        <source>Take back</source>
        <translation>Ta tillbaka</translation>
    </message>
</context>
<context>
    <name>FosterHomeDelegate</name>
    <message>
        <location filename="../qml/FosterHomeDelegate.qml" line="26"/>
        <source>%1, %2, next session %3</source>
        <translation>%1, %2, nästa handledning %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/FosterHomeDelegate.qml" line="60"/>
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n utkast</numerusform>
            <numerusform>%n utkast</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/FosterHomeDelegate.qml" line="74"/>
        <source>Last session %1</source>
        <translation>Senaste handledning %1</translation>
    </message>
    <message>
        <location filename="../qml/FosterHomeDelegate.qml" line="75"/>
        <source>No session yet</source>
        <translation>Ingen handledning än</translation>
    </message>
</context>
<context>
    <name>FosterHomeListModel</name>
    <message>
        <location filename="../app/ui/supervision/fosterhomelistmodel.cpp" line="60"/>
        <source>%1, %2 years</source>
        <translation>%1, %2 år</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/fosterhomelistmodel.cpp" line="90"/>
        <source>Foster home</source>
        <translation>Familjehem</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/fosterhomelistmodel.cpp" line="91"/>
        <source>Kinship home</source>
        <translation>Nätverkshem</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/fosterhomelistmodel.cpp" line="92"/>
        <source>Emergency foster home</source>
        <translation>Jourhem</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/fosterhomelistmodel.cpp" line="93"/>
        <source>Agency-supported home</source>
        <translation>Konsulentstött familjehem</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/fosterhomelistmodel.cpp" line="94"/>
        <source>Residential care home (HVB)</source>
        <translation>Hem för vård eller boende (HVB)</translation>
    </message>
</context>
<context>
    <name>FosterHomePage</name>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="54"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="57"/>
        <source>Back to my foster homes</source>
        <translation>Tillbaka till mina familjehem</translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="62"/>
        <source>Foster home</source>
        <translation>Familjehem</translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="69"/>
        <source>New supervision session</source>
        <translation>Ny handledning</translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="73"/>
        <source>Start a new supervision session with the family</source>
        <translation>Påbörja en ny handledning med familjen</translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="121"/>
        <source>Kind of home</source>
        <translation>Typ av hem</translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="123"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="129"/>
        <source>Children placed</source>
        <translation>Placerade barn</translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="133"/>
        <source>No child placed here on this tablet&apos;s records.</source>
        <translation>Enligt uppgifterna på den här surfplattan är inget barn placerat här.</translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="137"/>
        <source>Next session</source>
        <translation>Nästa handledning</translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="140"/>
        <source>last session %1</source>
        <translation>senaste handledning %1</translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="152"/>
        <location filename="../qml/FosterHomePage.qml" line="168"/>
        <source>Supervision sessions</source>
        <translation>Handledningstillfällen</translation>
    </message>
    <message>
        <location filename="../qml/FosterHomePage.qml" line="177"/>
        <source>No supervision sessions recorded yet.</source>
        <translation>Inga handledningstillfällen dokumenterade än.</translation>
    </message>
</context>
<context>
    <name>FosterHomesPage</name>
    <message>
        <location filename="../qml/FosterHomesPage.qml" line="39"/>
        <location filename="../qml/FosterHomesPage.qml" line="71"/>
        <source>My foster homes</source>
        <translation>Mina familjehem</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/FosterHomesPage.qml" line="50"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n försenad handledning</numerusform>
            <numerusform>%n försenade handledningar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/FosterHomesPage.qml" line="80"/>
        <source>No foster homes assigned to you yet. They arrive with the next sync.</source>
        <translation>Inga familjehem tilldelade dig än. De kommer med nästa synkning.</translation>
    </message>
</context>
<context>
    <name>HandBackDialog</name>
    <message>
        <location filename="../qml/HandBackDialog.qml" line="57"/>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/HandBackDialog.qml" line="61"/>
        <source>Your PIN</source>
        <translation>Din PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/HandBackDialog.qml" line="78"/>
        <source>Stay</source>
        <translation>Stanna kvar</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="18"/>
        <source>Hembesök</source>
        <translation>Hembesök</translation>
    </message>
</context>
<context>
    <name>ParticipationChecklist</name>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="37"/>
        <source>The child was told, in an age-adapted way, why the visit happens and what will be written down</source>
        <translation>Barnet har fått veta, på ett sätt som passar åldern, varför besöket görs och vad som skrivs ner</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="43"/>
        <source>Conversation with the child alone</source>
        <translation>Samtal med barnet enskilt</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="47"/>
        <source>The child&apos;s own views, topic by topic</source>
        <translation>Barnets egna synpunkter, ämne för ämne</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="51"/>
        <source>The child was asked whether they feel safe</source>
        <translation>Barnet har fått frågan om hen känner sig trygg</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="55"/>
        <source>The child knows how to reach their social secretary between visits</source>
        <translation>Barnet vet hur hen når sin socialsekreterare mellan besöken</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="60"/>
        <source>The child was told how their views will be used</source>
        <translation>Barnet har fått veta hur hens synpunkter kommer att användas</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="64"/>
        <source>Interpreter or communication aids used</source>
        <translation>Tolk eller kommunikationsstöd användes</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="68"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="75"/>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="114"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="76"/>
        <source>Partly</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="77"/>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="117"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="78"/>
        <source>Not asked</source>
        <translation>Inte tillfrågat</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="81"/>
        <source>The child declined</source>
        <translation>Barnet ville inte</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="82"/>
        <source>Too young (observation instead)</source>
        <translation>För ungt (observation i stället)</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="83"/>
        <source>Not judged appropriate</source>
        <translation>Bedömdes inte lämpligt</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="84"/>
        <source>Practical obstacle</source>
        <translation>Praktiskt hinder</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="85"/>
        <source>Interpreter missing</source>
        <translation>Tolk saknades</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="88"/>
        <source>Conversation</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="89"/>
        <source>Play or drawing</source>
        <translation>Lek eller teckning</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="90"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="91"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="299"/>
        <source>Describe the concern</source>
        <translation>Beskriv oron</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="304"/>
        <source>Which interpreter or communication aids</source>
        <translation>Vilken tolk eller vilket kommunikationsstöd</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="310"/>
        <source>Describe the other method</source>
        <translation>Beskriv den andra metoden</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/participationchecklistmodel.cpp" line="371"/>
        <source>%1 of %2 topics answered</source>
        <translation>%1 av %2 ämnen besvarade</translation>
    </message>
</context>
<context>
    <name>PinPolicy</name>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="66"/>
        <source>The PIN needs at least 6 digits.</source>
        <translation>PIN-koden behöver minst 6 siffror.</translation>
    </message>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="68"/>
        <source>The PIN can be at most 64 characters.</source>
        <translation>PIN-koden får vara högst 64 tecken.</translation>
    </message>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="70"/>
        <source>That PIN is one of the most common ones. Choose one that is hard to guess.</source>
        <translation>Den PIN-koden är en av de vanligaste. Välj en som är svår att gissa.</translation>
    </message>
    <message>
        <location filename="../app/crypto/pinpolicy.cpp" line="74"/>
        <source>A run of digits such as 345678 is easy to guess. Choose another PIN.</source>
        <translation>En sifferföljd som 345678 är lätt att gissa. Välj en annan PIN-kod.</translation>
    </message>
</context>
<context>
    <name>RecordDelegate</name>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="36"/>
        <source>Signed off</source>
        <translation>Kvitterat</translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="37"/>
        <source>Returned for completion</source>
        <translation>Återfört för komplettering</translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="44"/>
        <source>Supervision session – %1</source>
        <translation>Handledning – %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="45"/>
        <source>Supervision session</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="46"/>
        <source>Visit with %1</source>
        <translation>Besök hos %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="47"/>
        <source>Child visit</source>
        <translation>Besök hos barnet</translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="51"/>
        <source>signed</source>
        <translation>signerad</translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="51"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="52"/>
        <location filename="../qml/RecordDelegate.qml" line="77"/>
        <source>Concern</source>
        <translation>Oro</translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="71"/>
        <source>Signed</source>
        <translation>Signerat</translation>
    </message>
    <message>
        <location filename="../qml/RecordDelegate.qml" line="71"/>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/RecordDelegate.qml" line="72"/>
        <source>%n amendment(s)</source>
        <translation>
            <numerusform>%n rättelse</numerusform>
            <numerusform>%n rättelser</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <location filename="../app/ui/recordlistmodel.cpp" line="19"/>
        <source>Saved on the tablet</source>
        <translation>Sparat på surfplattan</translation>
    </message>
    <message>
        <location filename="../app/ui/recordlistmodel.cpp" line="21"/>
        <source>Sending</source>
        <translation>Skickas</translation>
    </message>
    <message>
        <location filename="../app/ui/recordlistmodel.cpp" line="23"/>
        <source>Synced</source>
        <translation>Synkat</translation>
    </message>
    <message>
        <location filename="../app/ui/recordlistmodel.cpp" line="25"/>
        <source>Refused by the server</source>
        <translation>Avvisat av servern</translation>
    </message>
</context>
<context>
    <name>RecordSectionDelegate</name>
    <message>
        <location filename="../qml/RecordSectionDelegate.qml" line="35"/>
        <source>Amendment %1 by %2: %3. Reason: %4</source>
        <translation>Rättelse %1 av %2: %3. Skäl: %4</translation>
    </message>
    <message>
        <location filename="../qml/RecordSectionDelegate.qml" line="53"/>
        <source>Amendment, added %1 by %2</source>
        <translation>Rättelse, tillagd %1 av %2</translation>
    </message>
    <message>
        <location filename="../qml/RecordSectionDelegate.qml" line="83"/>
        <source>Reason: %1</source>
        <translation>Skäl: %1</translation>
    </message>
</context>
<context>
    <name>RecordViewPage</name>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="39"/>
        <location filename="../qml/RecordViewPage.qml" line="42"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="53"/>
        <source>Supervision session – %1</source>
        <translation>Handledning – %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="54"/>
        <source>Visit with %1</source>
        <translation>Besök hos %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="63"/>
        <source>Written by %1</source>
        <translation>Skriven av %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="64"/>
        <source>signed %1</source>
        <translation>signerad %1</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="64"/>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="83"/>
        <source>Concern</source>
        <translation>Oro</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="148"/>
        <source>The record</source>
        <translation>Anteckningen</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="166"/>
        <source>Amendments and reviews</source>
        <translation>Rättelser och granskningar</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="171"/>
        <source>Amendments (later corrections)</source>
        <translation>Rättelser (gjorda i efterhand)</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="193"/>
        <source>Reviews</source>
        <translation>Granskningar</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="235"/>
        <source>Make a correction</source>
        <translation>Gör en rättelse</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="238"/>
        <source>Make a correction to this signed record</source>
        <translation>Gör en rättelse i den här signerade anteckningen</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="246"/>
        <source>Return for completion</source>
        <translation>Återför för komplettering</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="249"/>
        <source>Return the record to the author for completion</source>
        <translation>Återför anteckningen för komplettering till den som skrev den</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="260"/>
        <source>Sign off</source>
        <translation>Kvittera</translation>
    </message>
    <message>
        <location filename="../qml/RecordViewPage.qml" line="265"/>
        <source>Sign off the record</source>
        <translation>Kvittera anteckningen</translation>
    </message>
</context>
<context>
    <name>RecordViewer</name>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="81"/>
        <source>Not answered</source>
        <translation>Inte besvarat</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="111"/>
        <source>No reason given</source>
        <translation>Inget skäl angivet</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="130"/>
        <source>The child&apos;s participation</source>
        <translation>Barnets delaktighet</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="138"/>
        <source>The child&apos;s views</source>
        <translation>Barnets synpunkter</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="153"/>
        <source>Not discussed</source>
        <translation>Inte samtalat om</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="164"/>
        <source>The child&apos;s own answers</source>
        <translation>Barnets egna svar</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="167"/>
        <location filename="../app/ui/review/recordsections.cpp" line="240"/>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="170"/>
        <source>No face chosen</source>
        <translation>Inget ansikte valt</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="177"/>
        <source>Observations and actions</source>
        <translation>Observationer och åtgärder</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="178"/>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="179"/>
        <location filename="../app/ui/review/recordsections.cpp" line="233"/>
        <source>Agreed actions</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="180"/>
        <source>Next planned visit</source>
        <translation>Nästa planerade besök</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="184"/>
        <source>Concern</source>
        <translation>Oro</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="185"/>
        <source>The social secretary raised a concern.</source>
        <translation>Socialsekreteraren markerade oro.</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="194"/>
        <source>The visit</source>
        <translation>Besöket</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="195"/>
        <location filename="../app/ui/review/recordsections.cpp" line="223"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="200"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="201"/>
        <location filename="../app/ui/review/recordsections.cpp" line="224"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="217"/>
        <source>The session</source>
        <translation>Handledningen</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="229"/>
        <source>Forms of support</source>
        <translation>Stödformer</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="231"/>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="232"/>
        <source>The family&apos;s needs</source>
        <translation>Familjens behov</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="234"/>
        <source>Next session</source>
        <translation>Nästa handledning</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="238"/>
        <source>The family&apos;s rating of the support</source>
        <translation>Familjens bedömning av stödet</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="254"/>
        <location filename="../app/ui/review/recordsections.cpp" line="338"/>
        <source>Amendment</source>
        <translation>Rättelse</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="290"/>
        <source>Signed by %1 on this tablet – the signature holds</source>
        <translation>Signerad av %1 på den här surfplattan – signaturen stämmer</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="294"/>
        <source>Signed by %1 on tablet %2 – the signature holds</source>
        <translation>Signerad av %1 på surfplatta %2 – signaturen stämmer</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="298"/>
        <source>The signature does not hold – the record is not shown as genuine</source>
        <translation>Signaturen stämmer inte – posten visas inte som äkta</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="301"/>
        <source>Signed before signatures existed</source>
        <translation>Signerad innan signaturer fanns</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="303"/>
        <source>Signed by %1 on tablet %2 – the signature cannot be checked on this tablet yet</source>
        <translation>Signerad av %1 på surfplatta %2 – signaturen kan inte kontrolleras på den här surfplattan än</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="315"/>
        <source>The signature does not hold – not genuine</source>
        <translation>Signaturen stämmer inte – inte äkta</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="322"/>
        <source>Signed off</source>
        <translation>Kvitterat</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="324"/>
        <source>Returned for completion</source>
        <translation>Återfört för komplettering</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="326"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="327"/>
        <source>Not reviewed</source>
        <translation>Ogranskat</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="334"/>
        <source>Child visit</source>
        <translation>Besök hos barnet</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="336"/>
        <source>Supervision session</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordsections.cpp" line="340"/>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="172"/>
        <source>The record could not be opened.</source>
        <translation>Anteckningen kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="179"/>
        <source>This record is not in the journal on this tablet.</source>
        <translation>Anteckningen finns inte i journalen på den här surfplattan.</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="313"/>
        <source>Only the author can correct a signed record.</source>
        <translation>Bara den som skrev en signerad anteckning kan rätta den.</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="317"/>
        <source>Write the correction before saving it.</source>
        <translation>Skriv rättelsen innan du sparar den.</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="343"/>
        <source>You cannot review your own record.</source>
        <translation>Du kan inte granska din egen anteckning.</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="344"/>
        <source>Only a supervisor can review a signed record.</source>
        <translation>Bara en arbetsledare kan granska en signerad anteckning.</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="352"/>
        <source>Write what needs to be completed before returning the record.</source>
        <translation>Skriv vad som behöver kompletteras innan du återför anteckningen.</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="371"/>
        <source>Wrong PIN.</source>
        <translation>Fel PIN-kod.</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="398"/>
        <source>The amendment could not be saved. Try again.</source>
        <translation>Rättelsen kunde inte sparas. Försök igen.</translation>
    </message>
    <message>
        <location filename="../app/ui/review/recordviewer.cpp" line="424"/>
        <source>The review could not be saved. Try again.</source>
        <translation>Granskningen kunde inte sparas. Försök igen.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="21"/>
        <source>Return for completion</source>
        <translation>Återför för komplettering</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="21"/>
        <location filename="../qml/ReviewDialog.qml" line="142"/>
        <source>Sign off the record</source>
        <translation>Kvittera anteckningen</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="58"/>
        <source>The author sees your comment on her tablet after the next sync and completes the record with an amendment.</source>
        <translation>Den som skrev anteckningen ser din kommentar på sin surfplatta efter nästa synkning och kompletterar med en rättelse.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="59"/>
        <source>Signing off confirms that you have read the record.</source>
        <translation>Med kvitteringen bekräftar du att du har läst anteckningen.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="64"/>
        <location filename="../qml/ReviewDialog.qml" line="86"/>
        <source>What needs to be completed</source>
        <translation>Vad som behöver kompletteras</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="64"/>
        <source>Comment (optional)</source>
        <translation>Kommentar (frivilligt)</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="72"/>
        <source>For example: the reason the child was not spoken with alone is missing.</source>
        <translation>Till exempel: skälet till att det inte blev något enskilt samtal med barnet saknas.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="86"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="94"/>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="98"/>
        <source>Your PIN</source>
        <translation>Din PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="115"/>
        <source>Saving the review</source>
        <translation>Sparar granskningen</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="124"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="136"/>
        <source>Return</source>
        <translation>Återför</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="136"/>
        <source>Sign off</source>
        <translation>Kvittera</translation>
    </message>
    <message>
        <location filename="../qml/ReviewDialog.qml" line="142"/>
        <source>Return the record for completion</source>
        <translation>Återför anteckningen för komplettering</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="48"/>
        <location filename="../qml/ReviewQueuePage.qml" line="51"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="55"/>
        <location filename="../qml/ReviewQueuePage.qml" line="122"/>
        <source>The team&apos;s records</source>
        <translation>Teamets anteckningar</translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="55"/>
        <location filename="../qml/ReviewQueuePage.qml" line="122"/>
        <source>My records</source>
        <translation>Mina anteckningar</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewQueuePage.qml" line="64"/>
        <source>%n not reviewed</source>
        <translation>
            <numerusform>%n ogranskad</numerusform>
            <numerusform>%n ogranskade</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="78"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="82"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="83"/>
        <source>Unreviewed</source>
        <translation>Ogranskade</translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="84"/>
        <source>Concern</source>
        <translation>Oro</translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="85"/>
        <source>Returned</source>
        <translation>Återförda</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/ReviewQueuePage.qml" line="100"/>
        <source>%1, %n record(s)</source>
        <translation>
            <numerusform>%1, %n anteckning</numerusform>
            <numerusform>%1, %n anteckningar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="135"/>
        <source>No signed records from the team yet. They arrive with the next sync.</source>
        <translation>Inga signerade anteckningar från teamet än. De kommer med nästa synkning.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="136"/>
        <source>No records yet.</source>
        <translation>Inga anteckningar än.</translation>
    </message>
    <message>
        <location filename="../qml/ReviewQueuePage.qml" line="137"/>
        <source>No records match this filter.</source>
        <translation>Inga anteckningar matchar filtret.</translation>
    </message>
</context>
<context>
    <name>RuleViolation</name>
    <message>
        <location filename="../app/domain/records.cpp" line="31"/>
        <source>Choose the child the visit concerns.</source>
        <translation>Välj vilket barn besöket gäller.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="33"/>
        <source>Enter when the visit started.</source>
        <translation>Fyll i när besöket började.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="35"/>
        <source>Answer whether the child was told why the visit happens and what will be written down.</source>
        <translation>Svara på om barnet fick veta varför besöket görs och vad som kommer att skrivas ner.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="40"/>
        <source>Answer whether you spoke with the child alone.</source>
        <translation>Svara på om du pratade enskilt med barnet.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="43"/>
        <source>Choose the foster home the session concerns.</source>
        <translation>Välj vilket familjehem handledningen gäller.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="46"/>
        <source>Enter the date of the session.</source>
        <translation>Fyll i datum för handledningen.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="48"/>
        <source>Name at least one participant.</source>
        <translation>Skriv in minst en deltagare.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="50"/>
        <source>Choose at least one form of support given.</source>
        <translation>Välj minst en stödform som familjen fick.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="53"/>
        <source>Choose the signed record this concerns.</source>
        <translation>Välj den signerade anteckning som det här gäller.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="56"/>
        <source>Write the correction.</source>
        <translation>Skriv rättelsen.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="58"/>
        <source>Choose whether to sign off, return or comment.</source>
        <translation>Välj om du vill kvittera, återföra för komplettering eller kommentera.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="60"/>
        <source>Fill in this field before signing.</source>
        <translation>Fyll i det här fältet innan du signerar.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="66"/>
        <source>This is not a valid record id.</source>
        <translation>Det här är inget giltigt id.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="68"/>
        <source>Enter the time as date, time and UTC offset, such as 2026-11-20T14:00:00+01:00.</source>
        <translation>Skriv tiden som datum, klockslag och UTC-förskjutning, till exempel 2026-11-20T14:00:00+01:00.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="72"/>
        <source>A view topic&apos;s key may only have lowercase letters a-z and underscores, at most 40.</source>
        <translation>Ett ämnes nyckel får bara ha små bokstäver a–z och understreck, högst 40 tecken.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="75"/>
        <source>Enter the date as year-month-day, such as 2026-11-20.</source>
        <translation>Skriv datumet som år-månad-dag, till exempel 2026-11-20.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="90"/>
        <source>This field is not part of the record format.</source>
        <translation>Det här fältet ingår inte i anteckningens format.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="93"/>
        <source>This field holds the wrong kind of value.</source>
        <translation>Det här fältet har fel sorts värde.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="96"/>
        <source>This value is not one of the allowed choices.</source>
        <translation>Värdet är inte ett av de tillåtna alternativen.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="101"/>
        <source>This list has too many entries.</source>
        <translation>Listan har för många rader.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="102"/>
        <source>This text is too long: at most 100000 characters.</source>
        <translation>Texten är för lång: högst 100&#xa0;000 tecken.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="110"/>
        <source>Choose why the child was not spoken with alone.</source>
        <translation>Välj varför du inte pratade enskilt med barnet.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="113"/>
        <source>Explain in words why the child was not spoken with alone.</source>
        <translation>Beskriv med egna ord varför du inte pratade enskilt med barnet.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="116"/>
        <source>The child was spoken with alone, so remove the reason for not doing so.</source>
        <translation>Du har svarat att du pratade enskilt med barnet. Ta då bort skälet till att det inte blev så.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="120"/>
        <source>Record the child&apos;s views on %1, or mark the topic as not discussed.</source>
        <translation>Skriv barnets synpunkter om %1 eller markera att ni inte pratade om det.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="125"/>
        <source>Write down the child&apos;s own words on %1.</source>
        <translation>Skriv ner barnets egna ord om %1.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="129"/>
        <source>&quot;%1&quot; is not one of the municipality&apos;s view topics.</source>
        <translation>”%1” finns inte bland kommunens samtalsämnen.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="133"/>
        <source>Describe the concern: the child did not say they feel safe.</source>
        <translation>Beskriv din oro: barnet sa inte att det känner sig tryggt.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="135"/>
        <source>Describe the other method used.</source>
        <translation>Beskriv den andra metoden som ni använde.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="219"/>
        <source>The end time is before the start time.</source>
        <translation>Sluttiden ligger före starttiden.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="224"/>
        <source>Write a comment saying what should be completed or noted.</source>
        <translation>Skriv en kommentar om vad som behöver kompletteras eller uppmärksammas.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.cpp" line="226"/>
        <source>This field breaks a record rule.</source>
        <translation>Det här fältet följer inte reglerna för anteckningen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="10"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="21"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="38"/>
        <location filename="../qml/SettingsDialog.qml" line="47"/>
        <source>Text size</source>
        <translation>Textstorlek</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SettingsDialog.qml" line="50"/>
        <source>Lock automatically after %n minute(s) without use</source>
        <translation>
            <numerusform>Lås automatiskt efter %n minut utan användning</numerusform>
            <numerusform>Lås automatiskt efter %n minuter utan användning</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="57"/>
        <source>Minutes before the automatic lock</source>
        <translation>Minuter innan surfplattan låses automatiskt</translation>
    </message>
    <message>
        <location filename="../qml/SettingsDialog.qml" line="62"/>
        <source>My tablets</source>
        <translation>Mina surfplattor</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../qml/SignDialog.qml" line="82"/>
        <source>What blocks signing</source>
        <translation>Det här hindrar signeringen</translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="127"/>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="131"/>
        <source>Your PIN</source>
        <translation>Din PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="148"/>
        <source>Signing</source>
        <translation>Signerar</translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="158"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../qml/SignDialog.qml" line="171"/>
        <source>Sign</source>
        <translation>Signera</translation>
    </message>
</context>
<context>
    <name>SupervisionSessionEditor</name>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="25"/>
        <source>Foster home</source>
        <translation>Familjehem</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="26"/>
        <source>Date of the session</source>
        <translation>Datum för handledningen</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="27"/>
        <source>Start of the session</source>
        <translation>Handledningens början</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="28"/>
        <source>End of the session</source>
        <translation>Handledningens slut</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="29"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="30"/>
        <source>Form of support</source>
        <translation>Stödform</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="31"/>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="32"/>
        <source>The family&apos;s needs</source>
        <translation>Familjens behov</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="33"/>
        <source>Agreed actions</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="34"/>
        <source>Next session</source>
        <translation>Nästa handledning</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="35"/>
        <source>The family&apos;s rating</source>
        <translation>Familjens bedömning</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="70"/>
        <source>The session could not be opened.</source>
        <translation>Handledningen kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="71"/>
        <source>This session is not in the journal on this tablet.</source>
        <translation>Handledningen finns inte i journalen på den här surfplattan.</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="73"/>
        <source>A new session could not be created.</source>
        <translation>En ny handledning kunde inte skapas.</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="74"/>
        <source>Not saved yet: what you wrote is still here and is tried again.</source>
        <translation>Inte sparat än: det du har skrivit finns kvar här och sparas igen strax.</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="76"/>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="77"/>
        <source>The session cannot be signed yet: see what is missing.</source>
        <translation>Handledningen kan inte signeras än: se vad som saknas.</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="79"/>
        <source>Wrong PIN.</source>
        <translation>Fel PIN-kod.</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="80"/>
        <source>The journal refused to sign: see what is missing.</source>
        <translation>Journalen kunde inte signera handledningen: se vad som saknas.</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supervisionsessioneditor.cpp" line="82"/>
        <source>The session could not be signed. Try again.</source>
        <translation>Handledningen kunde inte signeras. Försök igen.</translation>
    </message>
</context>
<context>
    <name>SupervisionSessionPage</name>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="25"/>
        <source>Supervision session with %1</source>
        <translation>Handledning med %1</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="101"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="102"/>
        <source>Back to the foster home</source>
        <translation>Tillbaka till familjehemmet</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="109"/>
        <source>Supervision: %1</source>
        <translation>Handledning: %1</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="110"/>
        <source>Supervision session</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="124"/>
        <source>Signed</source>
        <translation>Signerat</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="125"/>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="126"/>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="127"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="136"/>
        <source>Hand over to the family</source>
        <translation>Lämna över till familjen</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="139"/>
        <source>Hand the tablet over to the family for their rating of the support</source>
        <translation>Lämna över surfplattan till familjen så att de kan bedöma stödet</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="144"/>
        <location filename="../qml/SupervisionSessionPage.qml" line="351"/>
        <source>Sign…</source>
        <translation>Signera…</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="148"/>
        <location filename="../qml/SupervisionSessionPage.qml" line="354"/>
        <source>Sign the session</source>
        <translation>Signera handledningen</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="149"/>
        <source>Sign the session: see what is missing</source>
        <translation>Signera handledningen: se vad som saknas</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="160"/>
        <source>Opening the session</source>
        <translation>Öppnar handledningen</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="192"/>
        <source>This session is signed and cannot be changed. A correction is added as an amendment.</source>
        <translation>Handledningen är signerad och kan inte ändras. En rättelse läggs till som ett tillägg.</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="193"/>
        <source>This draft belongs to another author and cannot be changed here.</source>
        <translation>Utkastet har skrivits av någon annan och kan inte ändras här.</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="198"/>
        <source>The session</source>
        <translation>Handledningen</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="205"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="206"/>
        <source>Started (HH:MM)</source>
        <translation>Började (TT:MM)</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="207"/>
        <source>Ended (HH:MM)</source>
        <translation>Slutade (TT:MM)</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="214"/>
        <source>Date of the session</source>
        <translation>Datum för handledningen</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="221"/>
        <source>Time the session started</source>
        <translation>När handledningen började</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="228"/>
        <source>Time the session ended</source>
        <translation>När handledningen slutade</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="233"/>
        <location filename="../qml/SupervisionSessionPage.qml" line="239"/>
        <source>Participants, one per line</source>
        <translation>Deltagare, en per rad</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="238"/>
        <source>Name, role</source>
        <translation>Namn, roll</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="243"/>
        <source>Form of support</source>
        <translation>Stödform</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="248"/>
        <source>None chosen</source>
        <translation>Inget valt</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="268"/>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="269"/>
        <location filename="../qml/SupervisionSessionPage.qml" line="275"/>
        <source>Themes</source>
        <translation>Teman</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="278"/>
        <location filename="../qml/SupervisionSessionPage.qml" line="283"/>
        <source>The family&apos;s needs</source>
        <translation>Familjens behov</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="286"/>
        <location filename="../qml/SupervisionSessionPage.qml" line="291"/>
        <source>Agreed actions</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="295"/>
        <source>Next session (YYYY-MM-DD)</source>
        <translation>Nästa handledning (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="304"/>
        <source>Date of the next session</source>
        <translation>Datum för nästa handledning</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SupervisionSessionPage.qml" line="311"/>
        <source>In %n week(s)</source>
        <translation>
            <numerusform>Om %n vecka</numerusform>
            <numerusform>Om %n veckor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SupervisionSessionPage.qml" line="313"/>
        <source>Next session in %n week(s)</source>
        <translation>
            <numerusform>Nästa handledning om %n vecka</numerusform>
            <numerusform>Nästa handledning om %n veckor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="319"/>
        <source>The family&apos;s rating of the support</source>
        <translation>Familjens bedömning av stödet</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="322"/>
        <source>%1 of 10</source>
        <translation>%1 av 10</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="323"/>
        <source>No score given</source>
        <translation>Inget betyg angivet</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="324"/>
        <source>The family did not rate this session.</source>
        <translation>Familjen gjorde ingen bedömning av den här handledningen.</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="325"/>
        <source>Not rated. Hand the tablet over to the family to let them rate the support.</source>
        <translation>Inte bedömt. Lämna över surfplattan till familjen så att de kan bedöma stödet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SupervisionSessionPage.qml" line="344"/>
        <source>%n thing(s) left before the session can be signed.</source>
        <translation>
            <numerusform>%n sak återstår innan handledningen kan signeras.</numerusform>
            <numerusform>%n saker återstår innan handledningen kan signeras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="345"/>
        <source>Ready to sign.</source>
        <translation>Klart att signera.</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="364"/>
        <source>Sign the supervision session</source>
        <translation>Signera handledningen</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="365"/>
        <source>Sign the session with your PIN</source>
        <translation>Signera handledningen med din PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="366"/>
        <source>Signing is blocked</source>
        <translation>Handledningen kan inte signeras än</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/SupervisionSessionPage.qml" line="367"/>
        <source>%n thing(s) must be completed before the session can be signed:</source>
        <translation>
            <numerusform>%n sak måste kompletteras innan handledningen kan signeras:</numerusform>
            <numerusform>%n saker måste kompletteras innan handledningen kan signeras:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="369"/>
        <source>A signed session cannot be changed; a correction is added as an amendment. Enter your PIN to sign.</source>
        <translation>En signerad handledning kan inte ändras; en rättelse läggs till som ett tillägg. Ange din PIN-kod för att signera.</translation>
    </message>
    <message>
        <location filename="../qml/SupervisionSessionPage.qml" line="370"/>
        <source>Back to the session</source>
        <translation>Tillbaka till handledningen</translation>
    </message>
</context>
<context>
    <name>SupportFormsModel</name>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="17"/>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="18"/>
        <source>Home visit</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="19"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="20"/>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="21"/>
        <source>Supervision</source>
        <translation>Handledning</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="22"/>
        <source>Support with contact with parents</source>
        <translation>Stöd kring umgänge</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="23"/>
        <source>Other foster homes</source>
        <translation>Andra familjehem</translation>
    </message>
    <message>
        <location filename="../app/ui/supervision/supportformsmodel.cpp" line="24"/>
        <source>Other professionals</source>
        <translation>Andra professionella</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../qml/SyncStatusBar.qml" line="39"/>
        <location filename="../qml/SyncStatusBar.qml" line="44"/>
        <source>Sync now</source>
        <translation>Synka nu</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../qml/UnlockPage.qml" line="26"/>
        <source>Hembesök</source>
        <translation>Hembesök</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="34"/>
        <source>Unlock with your PIN, %1</source>
        <translation>Lås upp med din PIN-kod, %1</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="45"/>
        <location filename="../qml/UnlockPage.qml" line="52"/>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="58"/>
        <source>Opening…</source>
        <translation>Öppnar…</translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="58"/>
        <location filename="../qml/UnlockPage.qml" line="64"/>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/UnlockPage.qml" line="83"/>
        <source>Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Vänta %n sekund innan nästa försök.</numerusform>
            <numerusform>Vänta %n sekunder innan nästa försök.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/UnlockPage.qml" line="90"/>
        <source>Careful: %n more wrong PIN(s) erase the journal on this tablet.</source>
        <translation>
            <numerusform>Obs! %n fel PIN-kod till raderar journalen på den här surfplattan.</numerusform>
            <numerusform>Obs! %n fel PIN-koder till raderar journalen på den här surfplattan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/UnlockPage.qml" line="99"/>
        <source>Demo: the PIN is 246813. Everything here is invented.</source>
        <translation>Demo: PIN-koden är 246813. Allt här är påhittat.</translation>
    </message>
</context>
<context>
    <name>ViewTopic</name>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="105"/>
        <source>living in the foster home</source>
        <translation>att bo i familjehemmet</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="107"/>
        <source>safety</source>
        <translation>trygghet</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="109"/>
        <source>school or preschool</source>
        <translation>skola eller förskola</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="111"/>
        <source>health</source>
        <translation>hälsa</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="113"/>
        <source>leisure and friends</source>
        <translation>fritid och vänner</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="115"/>
        <source>contact with parents and siblings</source>
        <translation>umgänge med föräldrar och syskon</translation>
    </message>
    <message>
        <location filename="../app/domain/participationchecklist.cpp" line="117"/>
        <source>wishes for the future</source>
        <translation>önskningar inför framtiden</translation>
    </message>
</context>
<context>
    <name>ViewTopicDelegate</name>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="29"/>
        <source>The child&apos;s views on %1</source>
        <translation>Barnets synpunkter om %1</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="54"/>
        <location filename="../qml/ViewTopicDelegate.qml" line="62"/>
        <source>Discussed</source>
        <translation>Samtalat om</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="55"/>
        <location filename="../qml/ViewTopicDelegate.qml" line="71"/>
        <source>Not discussed</source>
        <translation>Inte samtalat om</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="56"/>
        <source>Not answered</source>
        <translation>Inte besvarat</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="65"/>
        <source>%1: discussed</source>
        <translation>%1: samtalat om</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="74"/>
        <source>%1: not discussed</source>
        <translation>%1: inte samtalat om</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="86"/>
        <source>The child&apos;s own words (required)</source>
        <translation>Barnets egna ord (krävs)</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="87"/>
        <source>The child&apos;s own words on %1</source>
        <translation>Barnets egna ord om %1</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="99"/>
        <source>Why not, or when it will be discussed</source>
        <translation>Varför inte, eller när det tas upp</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="100"/>
        <source>Your notes (optional)</source>
        <translation>Dina anteckningar (frivilligt)</translation>
    </message>
    <message>
        <location filename="../qml/ViewTopicDelegate.qml" line="101"/>
        <source>Your notes on %1</source>
        <translation>Dina anteckningar om %1</translation>
    </message>
</context>
<context>
    <name>ViolationsModel</name>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="19"/>
        <source>Child</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="20"/>
        <source>Start of the visit</source>
        <translation>Besökets början</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="21"/>
        <source>End of the visit</source>
        <translation>Besökets slut</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="22"/>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="23"/>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="24"/>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="25"/>
        <source>The child&apos;s own answers</source>
        <translation>Barnets egna svar</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="26"/>
        <source>Observations</source>
        <translation>Observationer</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="27"/>
        <source>Agreed actions</source>
        <translation>Överenskomna åtgärder</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="28"/>
        <source>Next planned visit</source>
        <translation>Nästa planerade besök</translation>
    </message>
    <message>
        <location filename="../app/ui/visit/violationsmodel.cpp" line="36"/>
        <source>3. The child&apos;s views: %1</source>
        <translation>3. Barnets synpunkter: %1</translation>
    </message>
</context>
<context>
    <name>homevisit::ui::DeviceListModel</name>
    <message>
        <location filename="../app/ui/devicelistmodel.cpp" line="131"/>
        <source>A new tablet has been enrolled for your account: %1, %2, by %3</source>
        <translation>En ny surfplatta har registrerats för ditt konto: %1, %2, av %3</translation>
    </message>
    <message>
        <location filename="../app/ui/devicelistmodel.cpp" line="133"/>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <location filename="../app/ui/devicelistmodel.cpp" line="146"/>
        <source>This tablet is waiting for approval. Earlier notes appear when you approve it from your other tablet, or after %1.</source>
        <translation>Den här surfplattan väntar på godkännande. Tidigare anteckningar visas när du godkänner den från din andra surfplatta, eller efter %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/devicelistmodel.cpp" line="180"/>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <location filename="../app/ui/devicelistmodel.cpp" line="182"/>
        <source>Waiting for approval until %1</source>
        <translation>Väntar på godkännande till %1</translation>
    </message>
    <message>
        <location filename="../app/ui/devicelistmodel.cpp" line="184"/>
        <source>Removed</source>
        <translation>Borttagen</translation>
    </message>
</context>
<context>
    <name>homevisit::ui::SessionController</name>
    <message numerus="yes">
        <location filename="../app/ui/sessioncontroller.cpp" line="55"/>
        <source>Wrong PIN. %n attempt(s) left before the journal on this tablet is erased.</source>
        <translation>
            <numerusform>Fel PIN-kod. %n försök kvar innan journalen på den här surfplattan raderas.</numerusform>
            <numerusform>Fel PIN-kod. %n försök kvar innan journalen på den här surfplattan raderas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="59"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Fel PIN-kod. Försök igen.</translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="61"/>
        <source>Too many wrong PINs. Wait until the countdown has finished.</source>
        <translation>För många felaktiga PIN-koder. Vänta tills nedräkningen är klar.</translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="64"/>
        <source>Too many wrong PINs: the journal on this tablet was erased. Signed records that were synced are safe on the server. Contact your administrator to enroll again.</source>
        <translation>För många felaktiga PIN-koder: journalen på den här surfplattan har raderats. Signerade anteckningar som hann synkas finns kvar på servern. Kontakta din administratör för att registrera surfplattan igen.</translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="69"/>
        <source>The journal on this tablet is damaged. Contact your administrator.</source>
        <translation>Journalen på den här surfplattan är skadad. Kontakta din administratör.</translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="72"/>
        <location filename="../app/ui/sessioncontroller.cpp" line="244"/>
        <location filename="../app/ui/sessioncontroller.cpp" line="291"/>
        <source>The journal could not be opened. Contact your administrator.</source>
        <translation>Journalen kunde inte öppnas. Kontakta din administratör.</translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="81"/>
        <source>The server could not be reached. Check the address and the network, then try again.</source>
        <translation>Det gick inte att nå servern. Kontrollera adressen och nätverket och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="85"/>
        <source>The server did not prove who it is. Check the server key with your administrator.</source>
        <translation>Servern kunde inte styrka sin identitet. Kontrollera servernyckeln med din administratör.</translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="90"/>
        <source>The one-time code was not accepted. Ask your administrator for a new one.</source>
        <translation>Engångskoden godtogs inte. Be din administratör om en ny.</translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="92"/>
        <location filename="../app/ui/sessioncontroller.cpp" line="387"/>
        <source>Enrollment failed. Try again or contact your administrator.</source>
        <translation>Registreringen misslyckades. Försök igen eller kontakta din administratör.</translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="118"/>
        <source>The server no longer accepts this tablet&apos;s enrollment, so the journal is not shown. Everything stays saved on the tablet. Contact your administrator to enroll it again.</source>
        <translation>Servern godtar inte längre surfplattans registrering, så journalen visas inte. Allt finns kvar sparat på surfplattan. Kontakta din administratör för att registrera den igen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/sessioncontroller.cpp" line="124"/>
        <source>The tablet has not been able to reach the server for %n day(s). Connect to the network and unlock again, so that the server can confirm that the account is still valid.</source>
        <translation>
            <numerusform>Surfplattan har inte kunnat nå servern på %n dag. Anslut till nätet och lås upp igen, så kontrolleras att kontot fortfarande gäller.</numerusform>
            <numerusform>Surfplattan har inte kunnat nå servern på %n dagar. Anslut till nätet och lås upp igen, så kontrolleras att kontot fortfarande gäller.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="312"/>
        <source>Choose a PIN of at least 6 digits that is hard to guess: not the same digit repeated, not a run such as 123456, and not a date or a common code. You use it to unlock the tablet and to sign.</source>
        <translation>Välj en PIN-kod med minst 6 siffror som är svår att gissa: inte samma siffra upprepad, inte en sifferföljd som 123456 och inte ett datum eller en vanlig kod. Du använder den för att låsa upp surfplattan och för att signera.</translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="333"/>
        <source>The two PINs are not the same.</source>
        <translation>De två PIN-koderna stämmer inte överens.</translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="343"/>
        <source>Check the server address (https://…) and the server key.</source>
        <translation>Kontrollera serveradressen (https://…) och servernyckeln.</translation>
    </message>
    <message>
        <location filename="../app/ui/sessioncontroller.cpp" line="97"/>
        <source>An administrator has withdrawn this tablet&apos;s access, so the journal on it was erased. What had been synced is safe on the server.</source>
        <translation>En administratör har dragit in surfplattans behörighet, och därför har journalen på den raderats. Det som hann synkas finns kvar på servern.</translation>
    </message>
</context>
<context>
    <name>homevisit::ui::SyncIndicator</name>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="47"/>
        <source>Demo: nothing is sent anywhere</source>
        <translation>Demo: ingenting skickas någonstans</translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="48"/>
        <source>Not connected to a server</source>
        <translation>Inte ansluten till någon server</translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="62"/>
        <source>last synced %1</source>
        <translation>senast synkat %1</translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="63"/>
        <source>never synced</source>
        <translation>aldrig synkat</translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="65"/>
        <source>Syncing…</source>
        <translation>Synkar…</translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="69"/>
        <source>Open the record marked &quot;Refused by the server&quot; to see why.</source>
        <translation>Öppna anteckningen som är markerad ”Avvisat av servern” för att se varför.</translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="72"/>
        <source>Waiting to sync — %1</source>
        <translation>Väntar på synkning — %1</translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="77"/>
        <source>Synced %1</source>
        <translation>Synkat %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/syncindicator.cpp" line="83"/>
        <source>Not connected — %n change(s) saved on the tablet</source>
        <translation>
            <numerusform>Inte ansluten — %n ändring sparad på surfplattan</numerusform>
            <numerusform>Inte ansluten — %n ändringar sparade på surfplattan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="85"/>
        <source>Not connected — saved on the tablet</source>
        <translation>Inte ansluten — sparat på surfplattan</translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="88"/>
        <source>It is sent by itself when the tablet is online (%1).</source>
        <translation>Det skickas automatiskt när surfplattan är uppkopplad (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="91"/>
        <source>This tablet is not enrolled with the server</source>
        <translation>Surfplattan är inte registrerad hos servern</translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="92"/>
        <source>Ask your administrator for a new one-time code.</source>
        <translation>Be din administratör om en ny engångskod.</translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="96"/>
        <source>The app must be updated before it can sync</source>
        <translation>Appen måste uppdateras innan den kan synka</translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="98"/>
        <source>Everything stays saved on the tablet. Contact your administrator.</source>
        <translation>Allt finns kvar sparat på surfplattan. Kontakta din administratör.</translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="102"/>
        <source>The server did not accept the last sync — saved on the tablet</source>
        <translation>Servern tog inte emot den senaste synkningen — sparat på surfplattan</translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="103"/>
        <source>It is tried again later. If this remains, contact your administrator.</source>
        <translation>Ett nytt försök görs senare. Om problemet kvarstår, kontakta din administratör.</translation>
    </message>
    <message>
        <location filename="../app/ui/syncindicator.cpp" line="108"/>
        <source>This tablet&apos;s access was withdrawn</source>
        <translation>Surfplattans behörighet har dragits in</translation>
    </message>
</context>
</TS>
