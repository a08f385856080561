package nl.stedendriehoek.kringloop.workers.meeting;

import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import nl.stedendriehoek.kringloop.workers.notification.Attachment;

/** A meeting as an iCalendar invitation ({@code METHOD:REQUEST}, times in UTC), with ical4j. */
final class IcsInvitation {

  static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";

  private IcsInvitation() {}

  static Attachment of(Meeting meeting) {
    VEvent event = new VEvent(meeting.startsAt(), meeting.endsAt(), meeting.subject());
    event.add(new Uid("overleg-" + meeting.id() + "@kringloop.stedendriehoek.nl"));
    event.add(new Location(meeting.location()));
    event.add(new Description(meeting.agenda() == null ? "" : meeting.agenda()));
    Calendar calendar = new Calendar()
        .withProdId("-//Regio Stedendriehoek//Kringloop//NL")
        .withDefaults()
        .withProperty(ImmutableMethod.REQUEST)
        .withComponent(event)
        .getFluentTarget();
    return new Attachment("overleg-" + meeting.id() + ".ics", CONTENT_TYPE,
        calendar.toString().getBytes(StandardCharsets.UTF_8));
  }
}
