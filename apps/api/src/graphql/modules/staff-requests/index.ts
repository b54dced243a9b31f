// Access requests in the staff console.
import './staff-access-request';
import './request-candidate';
import './staff-request-queries';
import './staff-request-mutations';
import './staff-request-subscriptions';
