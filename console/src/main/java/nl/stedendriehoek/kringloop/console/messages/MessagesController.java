package nl.stedendriehoek.kringloop.console.messages;

import java.util.Comparator;
import java.util.List;
import nl.stedendriehoek.kringloop.console.security.CurrentUser;
import nl.stedendriehoek.kringloop.workers.notification.Notification;
import nl.stedendriehoek.kringloop.workers.notification.NotificationRepository;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Berichten": the outbox messages addressed to the user's groups, newest first. In the embedded
 * default no SMTP server is configured, so this page is where the messages arrive.
 */
@Controller
class MessagesController {

  private final NotificationRepository notifications;

  MessagesController(NotificationRepository notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/berichten")
  String messages(Authentication authentication, Model model) {
    CurrentUser user = CurrentUser.of(authentication);
    List<Notification> messages = user.groups().stream()
        .flatMap(group -> notifications.findByRecipientGroupOrderByCreatedAtDesc(group).stream())
        .sorted(Comparator.comparing(Notification::createdAt).reversed())
        .toList();
    model.addAttribute("messages", messages);
    return "messages/messages";
  }
}
