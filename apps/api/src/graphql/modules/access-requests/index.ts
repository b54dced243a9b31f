// A family's access requests: the form, sending one, and their own requests.
import './access-request';
import './access-request-form';
import './access-request-operations';
