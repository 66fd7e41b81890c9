package org.segmentum.server;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Date;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

/**
 * Sends one email through an SMTP server with Jakarta Mail (Eclipse Angus Mail): an HTML body in UTF-8, a
 * Message-ID that is the same whenever the same recipient's message is built. What went wrong is told
 * apart by when it happened: while connecting (nothing was sent: try later, or the settings are wrong)
 * or while sending (refused for good, refused for now, or broken off when it may have arrived).
 */
final class SmtpMailer {
  private SmtpMailer() {
  }

  static Delivery send(SmtpServer server, OutgoingMessage message, Instant now) {
    InternetAddress from;
    InternetAddress to;
    try {
      from = new InternetAddress(message.sender(), true);
      to = new InternetAddress(message.to(), true);
    } catch (AddressException e) {
      return new Delivery.Refused("not a valid address: " + message(e));
    }
    Session session = Session.getInstance(server.properties(from.getAddress()));
    MimeMessage mime;
    try {
      mime = build(session, message, from, to, now);
    } catch (MessagingException e) {
      return new Delivery.Refused("the message could not be built: " + message(e));
    }
    Transport transport;
    try {
      transport = session.getTransport("smtp");
      transport.connect(server.host(), server.port(), server.username().isEmpty() ? null : server.username(),
          server.password().orElse(null));
    } catch (AuthenticationFailedException e) {
      return new Delivery.Misconfigured("the SMTP server refused the login: " + message(e));
    } catch (MessagingException e) {
      return connectFailure(server, e);
    }
    try {
      transport.sendMessage(mime, new InternetAddress[] {to});
      return new Delivery.Delivered();
    } catch (SendFailedException e) {
      int code = returnCode(e);
      String reason = "the SMTP server refused the message (" + code + "): " + message(e);
      return code >= 400 && code < 500 ? new Delivery.NotReached(reason) : new Delivery.Refused(reason);
    } catch (MessagingException e) {
      return new Delivery.Unknown("sending was interrupted; the message may have arrived: " + message(e));
    } finally {
      try {
        transport.close();
      } catch (MessagingException ignored) {
        // the message was handed over (or not) already; a failing QUIT changes nothing
      }
    }
  }

  private static MimeMessage build(Session session, OutgoingMessage message, InternetAddress from, InternetAddress to,
      Instant now) throws MessagingException {
    String messageId = "<" + message.messageId() + "@" + domain(from) + ">";
    MimeMessage mime = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    mime.setFrom(from);
    mime.setRecipient(Message.RecipientType.TO, to);
    mime.setSubject(message.subject(), "UTF-8");
    mime.setContent(message.body(), "text/html; charset=UTF-8");
    mime.setSentDate(Date.from(now));
    mime.setHeader("X-Segmentum-Campaign", Long.toString(message.campaignId()));
    mime.saveChanges();
    return mime;
  }

  private static Delivery connectFailure(SmtpServer server, MessagingException e) {
    String where = server.host() + ":" + server.port();
    Throwable cause = e.getCause();
    if (e instanceof MailConnectException || cause instanceof ConnectException
        || cause instanceof java.net.SocketTimeoutException) {
      return new Delivery.NotReached("cannot connect to the SMTP server " + where + ": " + message(e));
    }
    if (cause instanceof UnknownHostException) {
      return new Delivery.Misconfigured("unknown SMTP host " + server.host());
    }
    return new Delivery.Misconfigured("cannot open a session with the SMTP server " + where + ": " + message(e));
  }

  /** The SMTP reply code of a refusal (550, 451, ...), 0 when the exception carries none. */
  private static int returnCode(MessagingException e) {
    for (Exception next = e; next != null;
         next = next instanceof MessagingException m ? m.getNextException() : null) {
      if (next instanceof SMTPAddressFailedException failed) {
        return failed.getReturnCode();
      }
      if (next instanceof SMTPSendFailedException failed) {
        return failed.getReturnCode();
      }
    }
    return 0;
  }

  /** An exception's message on one line (SMTP replies end with a line break). */
  private static String message(Exception e) {
    return String.valueOf(e.getMessage()).strip().replaceAll("\\s+", " ");
  }

  private static String domain(InternetAddress address) {
    String text = address.getAddress();
    int at = text.lastIndexOf('@');
    return at < 0 ? "segmentum" : text.substring(at + 1);
  }
}
