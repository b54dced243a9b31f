// The audit log in the staff console.
import './audit-log-entry';
import './audit-log-query';
