// Who is signed in: the session, the person and their accounts.
import './person';
import './account';
import './viewer';
import './home';
