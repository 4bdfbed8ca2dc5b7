"""Use cases. Each takes a Session, validates, reads or writes, and returns plain data.

Services never commit: the caller opens one transaction per user action
(``with register.transaction() as s: service(s, ...)``), so a failure leaves nothing behind.
"""
