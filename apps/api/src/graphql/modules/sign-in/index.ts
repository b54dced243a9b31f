// The sign-in steps after ESIA: consent (given or declined) and choosing an account.
import './sign-in-mutations';
