package nl.stedendriehoek.kringloop.console.messages;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stedendriehoek.kringloop.console.security.CurrentUser;
import nl.stedendriehoek.kringloop.workers.notification.Notification;
import nl.stedendriehoek.kringloop.workers.notification.NotificationKind;
import nl.stedendriehoek.kringloop.workers.notification.NotificationRepository;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Berichten": the outbox messages addressed to the user's groups, newest first (in the embedded
 * default no SMTP server is configured, so this page is where the messages arrive), and the user's
 * e-mail preferences per kind of message.
 */
@Controller
class MessagesController {

  private final NotificationRepository notifications;
  private final NotificationPreferences preferences;

  MessagesController(NotificationRepository notifications, NotificationPreferences preferences) {
    this.notifications = notifications;
    this.preferences = preferences;
  }

  @GetMapping("/berichten")
  String messages(Authentication authentication, Model model) {
    CurrentUser user = CurrentUser.of(authentication);
    List<Notification> messages = user.groups().stream()
        .flatMap(group -> notifications.findByRecipientGroupOrderByCreatedAtDesc(group).stream())
        .sorted(Comparator.comparing(Notification::createdAt).reversed())
        .toList();
    model.addAttribute("messages", messages);
    model.addAttribute("preferences", preferences.of(user.username()));
    return "messages/messages";
  }

  /** Saves the e-mail preferences: the checked kinds on, the others off. */
  @PostMapping("/berichten/voorkeuren")
  String savePreferences(
      Authentication authentication,
      @RequestParam(name = "email", required = false) List<String> email,
      RedirectAttributes redirect) {
    Set<NotificationKind> wanted = email == null ? Set.of() : email.stream()
        .map(NotificationKind::fromProcessValue)
        .flatMap(Optional::stream)
        .collect(Collectors.toSet());
    preferences.choose(CurrentUser.of(authentication).username(), wanted);
    redirect.addFlashAttribute("preferencesSaved", true);
    return "redirect:/berichten";
  }
}
